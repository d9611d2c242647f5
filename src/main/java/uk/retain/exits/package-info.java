/**
 * Why social workers leave and why they stay: exit interviews with leavers ({@code leaving_interviews.csv}) and
 * anonymous staff survey answers ({@code survey_responses.csv}) as files of the bundle, and the measures of
 * measures.md built on them and on the register: the stability index, leavers by length of service and the
 * reasons leavers give.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leaving and staying",
        allowedDependencies = {"workforce", "measures"})
package uk.retain.exits;
