/**
 * The recruitment page: the vacancies open with their days open (over 90 flagged), the time to fill and to hire, the
 * pipeline by stage, conversion by stage and by source (with the stability of starters a year on), and the offers
 * declined and why. HR and senior leaders see the authority; a team manager the vacancies of their teams.
 * Candidates are pseudonymous references, never names.
 */
package uk.retain.recruitment.web;
