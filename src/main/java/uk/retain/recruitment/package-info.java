/**
 * Recruitment: the vacancies a council advertises and each candidate's application to one, stage by stage, with
 * the measures of measures.md that come from them (vacancies open, time to fill, time to hire, offers declined,
 * applications by source).
 *
 * <p>The module adds two files to the bundle format ({@link uk.retain.recruitment.VacanciesFile},
 * {@link uk.retain.recruitment.ApplicationsFile}) and one set of measures
 * ({@link uk.retain.recruitment.RecruitmentMeasures}), all found by the workforce and measures modules through
 * {@link java.util.ServiceLoader}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment", allowedDependencies = {"workforce", "measures", "people", "web", "web :: *"})
package uk.retain.recruitment;
