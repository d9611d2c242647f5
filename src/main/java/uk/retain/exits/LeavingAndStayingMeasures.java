package uk.retain.exits;

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
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The measures of measures.md on why people leave and why they stay: {@code stability_index_percent},
 * {@code leavers_under_1y_service}, {@code leavers_under_2y_service} and {@code leaving_reasons}, for the authority
 * and by team. The history rule is applied by the caller.
 */
public final class LeavingAndStayingMeasures implements MeasureSet {

    static final String STABILITY = "stability_index_percent";
    static final String UNDER_1Y = "leavers_under_1y_service";
    static final String UNDER_2Y = "leavers_under_2y_service";
    static final String REASONS = "leaving_reasons";

    @Override
    public Prepared prepare(Register register) {
        return new Figures(register);
    }

    private static final class Figures implements Prepared {

        private final List<String> teamIds;
        private final Map<String, EmploymentHistory> histories;
        /** The interviews, or null when the bundle has no leaving_interviews.csv. */
        private final List<LeavingInterview> interviews;

        Figures(Register register) {
            this.teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
            Map<String, List<Employment>> rows = new LinkedHashMap<>();
            for (Employment row : register.employments()) {
                rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
            }
            Map<String, EmploymentHistory> byWorker = new LinkedHashMap<>();
            rows.forEach((worker, list) -> byWorker.put(worker, EmploymentHistory.of(list)));
            this.histories = byWorker;
            this.interviews = register.has(LeavingInterviewsFile.class) ? register.rows(LeavingInterviewsFile.class) : null;
        }

        @Override
        public Map<String, Object> forAuthority(LocalDate date) {
            Tally tally = tally(date);
            return tally.authority.json();
        }

        @Override
        public Map<String, Map<String, Object>> byTeam(LocalDate date) {
            Tally tally = tally(date);
            Map<String, Map<String, Object>> json = new LinkedHashMap<>();
            for (String teamId : teamIds) {
                json.put(teamId, tally.teams.get(teamId).json());
            }
            return json;
        }

        /** The stability index is made from the workers in non-agency employment on Y. */
        @Override
        public Map<String, Integer> bases(LocalDate date) {
            return Map.of(STABILITY, tally(date).authority.onY);
        }

        @Override
        public Map<String, Map<String, Integer>> basesByTeam(LocalDate date) {
            Tally tally = tally(date);
            Map<String, Map<String, Integer>> bases = new LinkedHashMap<>();
            for (String teamId : teamIds) {
                bases.put(teamId, Map.of(STABILITY, tally.teams.get(teamId).onY));
            }
            return bases;
        }

        private Tally tally(LocalDate date) {
            Tally tally = new Tally(teamIds, interviews != null);
            LocalDate y = date.minusYears(1);
            LocalDate yearStart = y.plusDays(1);
            for (EmploymentHistory history : histories.values()) {
                stability(history, y, date, tally);
                leavings(history, yearStart, date, tally);
            }
            if (interviews != null) {
                for (LeavingInterview interview : interviews) {
                    if (!interview.heldOn().isBefore(yearStart) && !interview.heldOn().isAfter(date)) {
                        EmploymentHistory history = histories.getOrDefault(interview.workerId(), EmploymentHistory.none());
                        tally.counts(history.mainRow(interview.heldOn(), Kind.NON_AGENCY), counts -> counts.reason(interview.mainReason()));
                    }
                }
            }
            return tally;
        }

        /** A worker in non-agency employment on Y counts; they are stable when they stay in it every day to D. */
        private static void stability(EmploymentHistory history, LocalDate y, LocalDate date, Tally tally) {
            Employment main = history.mainRow(y, Kind.NON_AGENCY);
            if (main == null) {
                return;
            }
            boolean stable = history.inNonAgencyEmploymentThroughout(y, date);
            tally.counts(main, counts -> {
                counts.onY++;
                if (stable) {
                    counts.stable++;
                }
            });
        }

        /** Each leaving in the year, by the service the worker had on the day they left. */
        private static void leavings(EmploymentHistory history, LocalDate yearStart, LocalDate date, Tally tally) {
            for (LocalDate leaving : history.leavings()) {
                if (leaving.isBefore(yearStart) || leaving.isAfter(date)) {
                    continue;
                }
                LocalDate serviceStart = history.serviceStart(leaving);
                boolean under1 = serviceStart.isAfter(leaving.minusYears(1));
                boolean under2 = serviceStart.isAfter(leaving.minusYears(2));
                tally.counts(history.mainRow(leaving, Kind.NON_AGENCY), counts -> {
                    if (under1) {
                        counts.under1Year++;
                    }
                    if (under2) {
                        counts.under2Years++;
                    }
                });
            }
        }
    }

    /** The counts of the authority and of each team on one date. */
    private static final class Tally {
        final Counts authority;
        final Map<String, Counts> teams = new HashMap<>();

        Tally(List<String> teamIds, boolean interviews) {
            authority = new Counts(interviews);
            for (String teamId : teamIds) {
                teams.put(teamId, new Counts(interviews));
            }
        }

        /** Counts to the authority and, when there is a main row, to its team. */
        void counts(Employment main, java.util.function.Consumer<Counts> count) {
            count.accept(authority);
            if (main != null) {
                Counts team = teams.get(main.teamId());
                if (team != null) {
                    count.accept(team);
                }
            }
        }
    }

    private static final class Counts {
        int onY;
        int stable;
        int under1Year;
        int under2Years;
        /** Interviews by main reason, or null when there is no leaving_interviews.csv. */
        final Map<LeavingReason, Integer> reasons;

        Counts(boolean interviews) {
            reasons = interviews ? new EnumMap<>(LeavingReason.class) : null;
        }

        void reason(LeavingReason reason) {
            reasons.merge(reason, 1, Integer::sum);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(STABILITY, onY == 0 ? null : 100.0 * stable / onY);
            json.put(UNDER_1Y, under1Year);
            json.put(UNDER_2Y, under2Years);
            json.put(REASONS, reasons == null ? null : reasonsJson());
            return json;
        }

        /** Keyed by code, in the order of {@link LeavingReason}; only the reasons that occur. */
        private Map<String, Integer> reasonsJson() {
            Map<String, Integer> json = new LinkedHashMap<>();
            reasons.forEach((reason, count) -> json.put(reason.code(), count));
            return json;
        }
    }
}
