/**
 * The caseload pages and JSON API: the authority's caseload policy (read by managers and leaders, changed by the
 * workforce lead) and each team's caseloads against capacity, with its alerts and unallocated queue.
 */
package uk.retain.caseload.web;
