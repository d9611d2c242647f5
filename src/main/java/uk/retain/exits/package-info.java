/**
 * Why social workers leave and why they stay: exit interviews with leavers ({@code leaving_interviews.csv}) and
 * anonymous staff survey answers ({@code survey_responses.csv}) as files of the bundle, and the measures of
 * measures.md built on them and on the register: the stability index, leavers by length of service and the
 * reasons leavers give. Built on them: the leavers of a period with what is known of each ({@link uk.retain.exits.Leavers}),
 * a staff survey's results with small groups suppressed ({@link uk.retain.exits.SurveyResults}), and an HR officer's
 * recording of an exit interview ({@link uk.retain.exits.ExitInterviewRecording}); in {@code web}, their pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leaving and staying",
        allowedDependencies = {"workforce", "measures", "development", "people", "web", "web :: *"})
package uk.retain.exits;
