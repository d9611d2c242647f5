/** The reports' pages and downloads. */
package uk.retain.reports.web;
