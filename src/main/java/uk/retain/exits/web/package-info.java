/**
 * The leaving and staying pages: why people left in a period (census reasons, what they said at interview, where
 * they went, their service and experience, their team and its manager), early leavers and the stability index over
 * time, for the workforce lead, HR and senior leaders; an HR officer records an exit interview; the staff survey's
 * results by question and team beside the authority's and the previous survey's, small groups suppressed, and
 * intention to stay against actual leaving a year later.
 */
package uk.retain.exits.web;
