package uk.retain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.measures.MeasureSet;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;
import uk.retain.workforce.Weekdays;

/**
 * The agency measures of measures.md: {@code agency_spend} over the year ending on the date and
 * {@code agency_engagements_unapproved_breaches} on the date, both null without {@code agency_engagements.csv}. By
 * team, a day's spend and an engagement count to the worker's main team that day among their agency rows; a day on
 * which the worker has no agency row counts only for the authority.
 */
public final class AgencyMeasures implements MeasureSet {

    static final String AGENCY_SPEND = "agency_spend";
    static final String AGENCY_ENGAGEMENTS_UNAPPROVED_BREACHES = "agency_engagements_unapproved_breaches";

    private static final BigDecimal WORKING_DAYS_A_WEEK = BigDecimal.valueOf(5);

    @Override
    public Prepared prepare(Register register) {
        return new PreparedAgency(register);
    }

    private static final class PreparedAgency implements Prepared {

        private final boolean present;
        private final List<String> teamIds;
        private final Map<String, EmploymentHistory> histories;
        private final List<AgencyChecks.Checked> engagements;

        PreparedAgency(Register register) {
            this.present = register.has(AgencyEngagementsFile.class);
            this.teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
            this.histories = present ? AgencyChecks.histories(register) : Map.of();
            this.engagements = present ? AgencyChecks.all(register, histories) : List.of();
        }

        @Override
        public Map<String, Object> forAuthority(LocalDate date) {
            Map<String, Object> measures = new LinkedHashMap<>();
            if (!present) {
                measures.put(AGENCY_SPEND, null);
                measures.put(AGENCY_ENGAGEMENTS_UNAPPROVED_BREACHES, null);
                return measures;
            }
            LocalDate yearStart = date.minusYears(1).plusDays(1);
            BigDecimal weekdayHours = BigDecimal.ZERO;
            int breaches = 0;
            for (AgencyChecks.Checked checked : engagements) {
                AgencyEngagement engagement = checked.engagement();
                LocalDate first = later(engagement.startDate(), yearStart);
                LocalDate last = engagement.endDate() == null || engagement.endDate().isAfter(date) ? date : engagement.endDate();
                long days = Weekdays.between(first, last);
                if (days > 0) {
                    weekdayHours = weekdayHours.add(hourlyWeek(engagement).multiply(BigDecimal.valueOf(days)));
                }
                if (checked.unapprovedBreach() && engagement.runsOn(date)) {
                    breaches++;
                }
            }
            measures.put(AGENCY_SPEND, spend(weekdayHours));
            measures.put(AGENCY_ENGAGEMENTS_UNAPPROVED_BREACHES, breaches);
            return measures;
        }

        /** The spend is made from the agency workers engaged on a weekday of the year. */
        @Override
        public Map<String, Integer> bases(LocalDate date) {
            LocalDate yearStart = date.minusYears(1).plusDays(1);
            java.util.Set<String> paid = new java.util.HashSet<>();
            for (AgencyChecks.Checked checked : engagements) {
                AgencyEngagement engagement = checked.engagement();
                LocalDate last = engagement.endDate() == null || engagement.endDate().isAfter(date) ? date : engagement.endDate();
                if (Weekdays.between(later(engagement.startDate(), yearStart), last) > 0) {
                    paid.add(engagement.workerId());
                }
            }
            return Map.of(AGENCY_SPEND, paid.size());
        }

        @Override
        public Map<String, Map<String, Integer>> basesByTeam(LocalDate date) {
            Map<String, java.util.Set<String>> paid = new LinkedHashMap<>();
            Map<String, BigDecimal> spend = new LinkedHashMap<>();
            for (String teamId : teamIds) {
                paid.put(teamId, new java.util.HashSet<>());
                spend.put(teamId, BigDecimal.ZERO);
            }
            LocalDate yearStart = date.minusYears(1).plusDays(1);
            for (AgencyChecks.Checked checked : engagements) {
                AgencyEngagement engagement = checked.engagement();
                spendByTeam(engagement, histories.getOrDefault(engagement.workerId(), EmploymentHistory.none()), yearStart,
                        date, spend, paid);
            }
            Map<String, Map<String, Integer>> bases = new LinkedHashMap<>();
            paid.forEach((teamId, workers) -> bases.put(teamId, Map.of(AGENCY_SPEND, workers.size())));
            return bases;
        }

        @Override
        public Map<String, Map<String, Object>> byTeam(LocalDate date) {
            Map<String, BigDecimal> spend = new LinkedHashMap<>();
            Map<String, Integer> breaches = new LinkedHashMap<>();
            for (String teamId : teamIds) {
                spend.put(teamId, BigDecimal.ZERO);
                breaches.put(teamId, 0);
            }
            if (present) {
                LocalDate yearStart = date.minusYears(1).plusDays(1);
                for (AgencyChecks.Checked checked : engagements) {
                    AgencyEngagement engagement = checked.engagement();
                    EmploymentHistory history = histories.getOrDefault(engagement.workerId(), EmploymentHistory.none());
                    spendByTeam(engagement, history, yearStart, date, spend, null);
                    if (checked.unapprovedBreach() && engagement.runsOn(date)) {
                        Employment main = history.mainRow(date, Kind.AGENCY);
                        if (main != null && breaches.containsKey(main.teamId())) {
                            breaches.merge(main.teamId(), 1, Integer::sum);
                        }
                    }
                }
            }
            Map<String, Map<String, Object>> byTeam = new LinkedHashMap<>();
            for (String teamId : teamIds) {
                Map<String, Object> measures = new LinkedHashMap<>();
                measures.put(AGENCY_SPEND, present ? spend(spend.get(teamId)) : null);
                measures.put(AGENCY_ENGAGEMENTS_UNAPPROVED_BREACHES, present ? breaches.get(teamId) : null);
                byTeam.put(teamId, measures);
            }
            return byTeam;
        }
    }

    private static void spendByTeam(AgencyEngagement engagement, EmploymentHistory history, LocalDate yearStart,
            LocalDate date, Map<String, BigDecimal> spend, Map<String, java.util.Set<String>> paid) {
        AgencySpend.addByTeam(engagement, history, yearStart, date, spend, paid);
    }

    /** {@code hourly_charge × hours_per_week}: five days' amount, as each day's is a fifth of it. */
    private static BigDecimal hourlyWeek(AgencyEngagement engagement) {
        return AgencySpend.hourlyWeek(engagement);
    }

    /** The sum of five-day amounts as the money spent, a fifth of it (exact: a fifth of a decimal always ends). */
    private static Double spend(BigDecimal fiveDayAmounts) {
        return fiveDayAmounts.divide(WORKING_DAYS_A_WEEK).doubleValue();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
