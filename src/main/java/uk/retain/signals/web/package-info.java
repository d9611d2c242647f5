/**
 * The risk signals pages: the workers with signals today, each signal with its evidence, date and source, for the
 * worker's team manager, the principal social worker and HR, audited when viewed; and the count of workers with each
 * signal by team, no one named, for senior leaders, the workforce lead and HR.
 */
package uk.retain.signals.web;
