/**
 * What every page and API answer shares: the problem documents (RFC 9457) the API answers with, and, as the
 * pages come, the GOV.UK layout and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package uk.retain.web;
