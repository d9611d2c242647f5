/** The agency JSON API under /api/v1: answers in JSON or bundle files, refusals as problem documents. */
package uk.retain.agency.api;
