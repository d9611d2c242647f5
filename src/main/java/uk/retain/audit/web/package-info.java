/** The administrator's search of the audit trail and its download. */
package uk.retain.audit.web;
