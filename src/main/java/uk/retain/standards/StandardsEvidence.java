package uk.retain.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.retain.exits.SurveyResults;
import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The evidence Retain holds for each Employer Standard on a day: the standard's figures from the measures JSON for
 * the authority (so they are the same figures the dashboard and the {@code measures} command give); the share who
 * agreed with each of the standard's survey questions in the latest staff survey begun on or before the day
 * (suppressed, as every survey figure is, when fewer than 5 answered); and, for professional registration, how many
 * workers in employment have no Social Work England number in the register.
 */
public final class StandardsEvidence {

    /** The key of the one figure that is not a measure: workers in employment with no SWE number. */
    public static final String WITHOUT_SWE_NUMBER = "workers_without_swe_number";
    /** The key of a survey figure: this, then the question's code ({@code survey_workload_manageable}). */
    public static final String SURVEY = "survey_";

    /**
     * One figure of the evidence.
     *
     * @param key the measure's key (or {@link #WITHOUT_SWE_NUMBER})
     * @param value the figure; null when the register does not hold what it needs
     */
    public record Fact(String key, Object value) {
    }

    private StandardsEvidence() {
    }

    public static Map<EmployerStandard, List<Fact>> of(RegisterMeasures measures, LocalDate day) {
        Map<String, Object> figures = measures.forAuthority(day);
        Map<String, Object> survey = latestSurvey(measures.register(), day).map(s -> SurveyResults.of(measures.register(), s).authority())
                .orElse(Map.of());
        Map<EmployerStandard, List<Fact>> evidence = new EnumMap<>(EmployerStandard.class);
        for (EmployerStandard standard : EmployerStandard.values()) {
            List<Fact> facts = new ArrayList<>();
            for (String key : standard.measures()) {
                facts.add(new Fact(key, figures.get(key)));
            }
            for (String question : standard.questions()) {
                facts.add(new Fact(SURVEY + question, survey.get(question + SurveyResults.AGREE)));
            }
            if (standard == EmployerStandard.REGISTRATION) {
                facts.add(new Fact(WITHOUT_SWE_NUMBER, withoutSweNumber(measures.register(), day)));
            }
            evidence.put(standard, List.copyOf(facts));
        }
        return evidence;
    }

    /** The staff survey whose answers are the evidence: its id and the first day it was answered. */
    public record SurveyUsed(String surveyId, LocalDate from) {
    }

    /** The latest staff survey begun on or before the day, if the register holds one. */
    public static java.util.Optional<SurveyUsed> surveyUsed(Register register, LocalDate day) {
        return latestSurvey(register, day).map(s -> new SurveyUsed(s.surveyId(), s.from()));
    }

    static java.util.Optional<SurveyResults.Survey> latestSurvey(Register register, LocalDate day) {
        return SurveyResults.surveys(register).stream().filter(s -> !s.from().isAfter(day)).reduce((a, b) -> b);
    }

    /** Workers in employment on {@code day} whom the register gives no Social Work England number. */
    static long withoutSweNumber(Register register, LocalDate day) {
        Map<String, List<uk.retain.workforce.Employment>> rows = new java.util.HashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        long count = 0;
        for (Worker worker : register.workers()) {
            if (worker.sweNumber() == null
                    && EmploymentHistory.of(rows.getOrDefault(worker.workerId(), List.of())).inEmploymentOn(day)) {
                count++;
            }
        }
        return count;
    }
}
