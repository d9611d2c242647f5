/** The caseloads' JSON API: continuity of children's social workers, for a date and over time. */
package uk.retain.caseload.api;
