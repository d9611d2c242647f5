package uk.retain.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.measures.MeasureSet;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The programme measures of measures.md, with the review points of a {@link ProgrammeSteps} table.
 *
 * <ul>
 * <li>{@code programme_reviews_overdue}: over the places started on or before D and not ended on D ({@code ended_on}
 * empty or after D), the required review points (asye and ecdp: 3, 6 and 12 months) due before D for which no review
 * of that point is held on or before D. By team: the worker's main team on D (all rows); a place whose worker is in
 * no employment on D counts only for the authority. Null without programmes.csv or programme_reviews.csv.</li>
 * <li>{@code programme_retention_percent}: of the ASYE places ended {@code passed} on a day p with
 * D − 2 years &lt; p ≤ D − 1 year, the percentage whose worker is in non-agency employment on p plus 1 year. By team:
 * the main team on p (all rows); authority only when the worker has no row on p. Null when there is no such place,
 * and without programmes.csv.</li>
 * </ul>
 */
public final class DevelopmentMeasures implements MeasureSet {

    public static final String REVIEWS_OVERDUE = "programme_reviews_overdue";
    public static final String RETENTION = "programme_retention_percent";

    private final ProgrammeSteps steps;

    /** With the contract's table of review points ({@link ProgrammeSteps#CONTRACT}). */
    public DevelopmentMeasures() {
        this(ProgrammeSteps.CONTRACT);
    }

    public DevelopmentMeasures(ProgrammeSteps steps) {
        this.steps = steps;
    }

    @Override
    public Prepared prepare(Register register) {
        return new Counted(register);
    }

    private static Map<String, Object> measures(Integer overdue, Double retention) {
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put(REVIEWS_OVERDUE, overdue);
        measures.put(RETENTION, retention);
        return measures;
    }

    /** Per team by index, the authority's last. */
    private record Tally(int[] overdue, int[] passed, int[] retained, int[] overdueProgrammes) {

        Tally(int slots) {
            this(new int[slots], new int[slots], new int[slots], new int[slots]);
        }

        Double retention(int slot) {
            return passed[slot] == 0 ? null : 100.0 * retained[slot] / passed[slot];
        }
    }

    private final class Counted implements Prepared {

        private final boolean hasProgrammes;
        private final boolean hasReviews;
        private final List<String> teamIds;
        private final Map<String, Integer> teamIndex = new HashMap<>();
        private final List<Programme> programmes;
        private final Map<String, Map<ReviewPoint, LocalDate>> heldOn = new HashMap<>();
        private final Map<String, EmploymentHistory> histories = new HashMap<>();

        Counted(Register register) {
            this.hasProgrammes = register.has(ProgrammesFile.class);
            this.hasReviews = register.has(ProgrammeReviewsFile.class);
            this.teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
            for (int i = 0; i < teamIds.size(); i++) {
                teamIndex.put(teamIds.get(i), i);
            }
            this.programmes = register.rows(ProgrammesFile.class);
            for (ProgrammeReview review : register.rows(ProgrammeReviewsFile.class)) {
                heldOn.computeIfAbsent(review.programmeId(), id -> new EnumMap<>(ReviewPoint.class))
                        .merge(review.review(), review.heldOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
            Map<String, List<Employment>> rows = new HashMap<>();
            for (Employment row : register.employments()) {
                rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
            }
            rows.forEach((workerId, list) -> histories.put(workerId, EmploymentHistory.of(list)));
        }

        private EmploymentHistory history(String workerId) {
            return histories.getOrDefault(workerId, EmploymentHistory.none());
        }

        /** The team slot of the worker's main row on the day (all rows): the authority's when they have none. */
        private int slot(EmploymentHistory history, LocalDate day) {
            Employment main = history.mainRow(day);
            Integer team = main == null ? null : teamIndex.get(main.teamId());
            return team == null ? teamIds.size() : team;
        }

        private Tally tally(LocalDate day) {
            Tally tally = new Tally(teamIds.size() + 1);
            int authority = teamIds.size();
            LocalDate firstEnd = day.minusYears(2);
            LocalDate lastEnd = day.minusYears(1);
            for (Programme programme : programmes) {
                EmploymentHistory history = history(programme.workerId());
                if (programme.runningOn(day)) {
                    int overdue = overdueReviews(programme, day);
                    if (overdue > 0) {
                        int slot = slot(history, day);
                        tally.overdue()[authority] += overdue;
                        tally.overdueProgrammes()[authority]++;
                        if (slot != authority) {
                            tally.overdue()[slot] += overdue;
                            tally.overdueProgrammes()[slot]++;
                        }
                    }
                }
                LocalDate p = programme.endedOn();
                if (p != null && steps.retains(programme.programme()) && programme.outcome() == ProgrammeOutcome.PASSED
                        && p.isAfter(firstEnd) && !p.isAfter(lastEnd)) {
                    int retained = ProgrammeProgress.retained(history, p) ? 1 : 0;
                    int slot = slot(history, p);
                    tally.passed()[authority]++;
                    tally.retained()[authority] += retained;
                    if (slot != authority) {
                        tally.passed()[slot]++;
                        tally.retained()[slot] += retained;
                    }
                }
            }
            return tally;
        }

        /** The place's required reviews due before the day with no review of their point held on or before it. */
        private int overdueReviews(Programme programme, LocalDate day) {
            Map<ReviewPoint, LocalDate> held = heldOn.getOrDefault(programme.programmeId(), Map.of());
            int overdue = 0;
            for (ReviewStep step : steps.required(programme.programme())) {
                LocalDate heldOn = held.get(step.review());
                if (step.dueFor(programme.startDate()).isBefore(day) && (heldOn == null || heldOn.isAfter(day))) {
                    overdue++;
                }
            }
            return overdue;
        }

        private Map<String, Object> measures(Tally tally, int slot) {
            return DevelopmentMeasures.measures(hasProgrammes && hasReviews ? tally.overdue()[slot] : null,
                    hasProgrammes ? tally.retention(slot) : null);
        }

        @Override
        public Map<String, Object> forAuthority(LocalDate date) {
            return measures(tally(date), teamIds.size());
        }

        /** Overdue reviews are made from the programmes that have them; retention from the programmes passed. */
        private static Map<String, Integer> bases(Tally tally, int slot) {
            return Map.of(REVIEWS_OVERDUE, tally.overdueProgrammes()[slot], RETENTION, tally.passed()[slot]);
        }

        @Override
        public Map<String, Integer> bases(LocalDate date) {
            return bases(tally(date), teamIds.size());
        }

        @Override
        public Map<String, Map<String, Integer>> basesByTeam(LocalDate date) {
            Tally tally = tally(date);
            Map<String, Map<String, Integer>> byTeam = new LinkedHashMap<>();
            for (int i = 0; i < teamIds.size(); i++) {
                byTeam.put(teamIds.get(i), bases(tally, i));
            }
            return byTeam;
        }

        @Override
        public Map<String, Map<String, Object>> byTeam(LocalDate date) {
            Tally tally = tally(date);
            Map<String, Map<String, Object>> byTeam = new LinkedHashMap<>();
            for (int i = 0; i < teamIds.size(); i++) {
                byTeam.put(teamIds.get(i), measures(tally, i));
            }
            return byTeam;
        }
    }
}
