/**
 * The supervision pages: the authority's supervision policy (read by managers and leaders, changed by
 * the workforce lead), a worker's variation (made by a manager of their team or the workforce lead), the overdue
 * list for team managers, and compliance by team and month for the principal social worker, HR and senior leaders;
 * and a team manager records a session for a worker of their teams, a social worker reads their own supervision
 * record and next supervision date, the API records and reads the same way.
 */
package uk.retain.supervision.web;
