/**
 * The supervision pages and JSON API: a team manager records a session for a worker of their teams; a social worker
 * reads their own supervision record and next supervision date; the API records and reads the same way.
 */
package uk.retain.supervision.web;
