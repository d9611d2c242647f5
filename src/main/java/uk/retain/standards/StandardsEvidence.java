package uk.retain.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The evidence Retain holds for each Employer Standard on a day: the standard's figures from the measures JSON for
 * the authority (so they are the same figures the dashboard and the {@code measures} command give), and, for
 * professional registration, how many workers in employment have no Social Work England number in the register.
 */
public final class StandardsEvidence {

    /** The key of the one figure that is not a measure: workers in employment with no SWE number. */
    public static final String WITHOUT_SWE_NUMBER = "workers_without_swe_number";

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
        Map<EmployerStandard, List<Fact>> evidence = new EnumMap<>(EmployerStandard.class);
        for (EmployerStandard standard : EmployerStandard.values()) {
            List<Fact> facts = new ArrayList<>();
            for (String key : standard.measures()) {
                facts.add(new Fact(key, figures.get(key)));
            }
            if (standard == EmployerStandard.REGISTRATION) {
                facts.add(new Fact(WITHOUT_SWE_NUMBER, withoutSweNumber(measures.register(), day)));
            }
            evidence.put(standard, List.copyOf(facts));
        }
        return evidence;
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
