/**
 * The supervision pages and JSON API: the authority's supervision policy (read by managers and leaders, changed by
 * the workforce lead), a worker's variation (made by a manager of their team or the workforce lead), the overdue
 * list for team managers, and compliance by team and month for the principal social worker, HR and senior leaders.
 */
package uk.retain.supervision.web;
