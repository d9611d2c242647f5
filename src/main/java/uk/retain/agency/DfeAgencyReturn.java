package uk.retain.agency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.retain.workforce.Register;

/**
 * The quarterly return of agency use and cost that a council sends the DfE under the agency rules (domain.md §4.3):
 * one row per job type of the rules and one for all of them, for a quarter of the financial year (April to June is
 * Q1). The columns and why are in docs/dfe-agency-return.md; cost follows the contract's daily rule
 * ({@link AgencySpend}), the checks {@link AgencyChecks}.
 */
public final class DfeAgencyReturn {

    public static final List<String> COLUMNS = List.of("la_code", "financial_year", "quarter", "period_start", "period_end",
            "job_type", "engagements", "agency_workers", "engagements_started", "engagements_ended",
            "engagements_running_at_end", "hours_per_week_at_end", "weekday_hours", "cost", "average_hourly_charge",
            "average_hourly_pay", "started_failing_a_check", "started_over_price_cap", "started_with_approved_override",
            "project_team_engagements");
    public static final String ALL = "all";

    private DfeAgencyReturn() {
    }

    /** A quarter of a financial year: {@code year} is the year it starts in (2026 for 2026-27), {@code quarter} 1 to 4. */
    public record Quarter(int year, int quarter) {

        public Quarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("a quarter is 1 to 4");
            }
        }

        public LocalDate start() {
            return LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
        }

        public LocalDate end() {
            return start().plusMonths(3).minusDays(1);
        }

        /** {@code 2026-27}. */
        public String financialYear() {
            return year + "-" + String.format("%02d", (year + 1) % 100);
        }

        /** The quarter a day falls in. */
        public static Quarter of(LocalDate day) {
            int months = day.getMonthValue() >= 4 ? day.getMonthValue() - 4 : day.getMonthValue() + 8;
            return new Quarter(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, months / 3 + 1);
        }

        /** The quarter before this one. */
        public Quarter previous() {
            return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
        }
    }

    /** The return's rows for the register's engagements (those recorded in Retain included when it holds them). */
    public static List<List<String>> rows(Register register, Quarter quarter) {
        List<AgencyChecks.Checked> all = AgencyChecks.all(register);
        List<List<String>> rows = new ArrayList<>();
        for (JobType type : JobType.values()) {
            rows.add(row(register, quarter, type.code(), all.stream().filter(c -> c.engagement().jobType() == type).toList()));
        }
        rows.add(row(register, quarter, ALL, all));
        return rows;
    }

    private static List<String> row(Register register, Quarter quarter, String jobType, List<AgencyChecks.Checked> checked) {
        LocalDate from = quarter.start();
        LocalDate to = quarter.end();
        int engagements = 0;
        int started = 0;
        int ended = 0;
        int runningAtEnd = 0;
        int failing = 0;
        int overCap = 0;
        int approved = 0;
        int projectTeam = 0;
        Set<String> workers = new HashSet<>();
        BigDecimal hoursAtEnd = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal fiveDayCost = BigDecimal.ZERO;
        BigDecimal fiveDayPay = BigDecimal.ZERO;
        for (AgencyChecks.Checked c : checked) {
            AgencyEngagement e = c.engagement();
            boolean runs = !e.startDate().isAfter(to) && (e.endDate() == null || !e.endDate().isBefore(from));
            if (!runs) {
                continue;
            }
            engagements++;
            workers.add(e.workerId());
            if (Boolean.TRUE.equals(e.projectTeam())) {
                projectTeam++;
            }
            if (!e.startDate().isBefore(from)) {
                started++;
                if (!c.failed().isEmpty()) {
                    failing++;
                    if (e.approved()) {
                        approved++;
                    }
                }
                if (c.failed().contains(AgencyCheck.OVER_PRICE_CAP)) {
                    overCap++;
                }
            }
            if (e.endDate() != null && !e.endDate().isAfter(to)) {
                ended++;
            }
            if (e.runsOn(to)) {
                runningAtEnd++;
                hoursAtEnd = hoursAtEnd.add(e.hoursPerWeek());
            }
            long days = AgencySpend.days(e, from, to);
            hours = hours.add(e.hoursPerWeek().multiply(BigDecimal.valueOf(days)));
            fiveDayCost = fiveDayCost.add(AgencySpend.fiveDayAmounts(e, from, to));
            fiveDayPay = fiveDayPay.add(e.hourlyPay().multiply(e.hoursPerWeek()).multiply(BigDecimal.valueOf(days)));
        }
        BigDecimal weekdayHours = AgencySpend.pounds(hours);
        BigDecimal cost = AgencySpend.pounds(fiveDayCost);
        BigDecimal pay = AgencySpend.pounds(fiveDayPay);
        return List.of(register.authority().laCode(), quarter.financialYear(), "Q" + quarter.quarter(), from.toString(),
                to.toString(), jobType, n(engagements), n(workers.size()), n(started), n(ended), n(runningAtEnd),
                plain(hoursAtEnd.setScale(2, RoundingMode.HALF_UP)), plain(weekdayHours.setScale(2, RoundingMode.HALF_UP)),
                plain(cost.setScale(2, RoundingMode.HALF_UP)),
                weekdayHours.signum() == 0 ? "" : plain(cost.divide(weekdayHours, 2, RoundingMode.HALF_UP)),
                weekdayHours.signum() == 0 ? "" : plain(pay.divide(weekdayHours, 2, RoundingMode.HALF_UP)),
                n(failing), n(overCap), n(approved), n(projectTeam));
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
