package uk.retain.development;

import uk.retain.workforce.JobRole;

/**
 * One level of an authority's career pathway.
 *
 * @param code the level's identifier, such as {@code social_worker_2}
 * @param step its place on the pathway, shared across routes: levels of one step are equals (an advanced
 *     practitioner and a team manager, say)
 * @param jobRole the job role of the employment rows of a worker at this level
 * @param minimumMonths the least time at the level, in whole months, before a progression review is due
 * @param criteria the progression criteria in words
 * @param minPqeYears the least post-qualifying experience, in whole years, for progression; null for none
 * @param minKss the least number of Knowledge and Skills Statements evidenced in the last 2 years; null for none
 * @param qualification a post-qualifying award to hold, valid on the day; null for none
 * @param next the level a worker progresses to, or null when this level is the top of its route
 */
public record CareerLevel(String code, String name, CareerRoute route, int step, JobRole jobRole, int minimumMonths,
        String criteria, Integer minPqeYears, Integer minKss, QualificationKind qualification, String next) {
}
