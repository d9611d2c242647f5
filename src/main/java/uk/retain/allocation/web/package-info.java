/** The team manager's recommendations page: recommend workers for the team's unallocated queue, and accept them. */
package uk.retain.allocation.web;
