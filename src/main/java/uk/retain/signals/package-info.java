/**
 * Risk signals: for each worker, the facts in Retain's data that often come before someone leaves, each with its
 * evidence, its date and where its data comes from, and never a score. Caseload over cap in 4 or more of the last 8
 * weeks (caseloads), supervision overdue (supervision), no CPD in 12 months (development.csv), their team manager
 * changed twice in a year (the register's employments), 3 or more spells of sickness absence in 12 months
 * (absences.csv), an ASYE review with concerns (programme_reviews.csv), their team's intention to stay below the
 * authority's in the last staff survey (survey_responses.csv), and time at level past the career pathway's minimum
 * (development's career pathway and level changes). In {@code web}: the workers' signals for their managers,
 * the principal social worker and HR (audited), and the count of each signal by team, without names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk signals",
        allowedDependencies = {"workforce", "measures", "caseload", "supervision", "development", "exits", "people", "web", "web :: *"})
package uk.retain.signals;
