package uk.retain.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The checks of the DfE agency rules (measures.md, "Agency checks") on an engagement, as a pure function of the
 * engagement, its worker, the worker's employment history, the authority's region and the price caps. Engagements
 * starting before {@link #CHECKED_FROM} are not checked; the price cap applies to those starting on or after
 * {@link #PRICE_CAP_FROM}.
 */
public final class AgencyChecks {

    /** The first start date the rules check. */
    public static final LocalDate CHECKED_FROM = LocalDate.of(2024, 10, 31);

    /** The first start date the regional price caps apply to. */
    public static final LocalDate PRICE_CAP_FROM = LocalDate.of(2025, 10, 1);

    static final int PQE_YEARS = 3;
    static final int COOLING_OFF_MONTHS = 3;
    static final int MAX_NOTICE_WEEKS = 4;

    private final String regionCode;
    private final List<RateCap> caps;

    /**
     * @param regionCode the authority's ONS region code, or null when it has none (then no cap applies)
     * @param caps the price caps of {@code agency_rate_caps.csv}, of every region
     */
    public AgencyChecks(String regionCode, List<RateCap> caps) {
        this.regionCode = regionCode;
        this.caps = List.copyOf(caps);
    }

    /** The checks of a register's authority and caps. */
    public static AgencyChecks of(Register register) {
        return new AgencyChecks(register.authority().regionCode(), register.rows(AgencyRateCapsFile.class));
    }

    /** Whether the rules check the engagement: it starts on or after {@link #CHECKED_FROM}. */
    public static boolean checked(AgencyEngagement engagement) {
        return !engagement.startDate().isBefore(CHECKED_FROM);
    }

    /**
     * The checks the engagement fails, in the order of {@link AgencyCheck}; none when it is not checked.
     *
     * @param worker the engagement's worker, or null when unknown (then there is no {@code qualified_on})
     * @param history the worker's employment history, whose leavings the cooling-off check looks at
     */
    public Set<AgencyCheck> failed(AgencyEngagement engagement, Worker worker, EmploymentHistory history) {
        if (!checked(engagement)) {
            return Set.of();
        }
        LocalDate start = engagement.startDate();
        Set<AgencyCheck> failed = EnumSet.noneOf(AgencyCheck.class);
        LocalDate qualifiedOn = worker == null ? null : worker.qualifiedOn();
        if (qualifiedOn == null || qualifiedOn.isAfter(start.minusYears(PQE_YEARS))) {
            failed.add(AgencyCheck.PQE_UNDER_3_YEARS);
        }
        for (LocalDate leaving : history.leavings()) {
            if (coolingOff(leaving, start)) {
                failed.add(AgencyCheck.COOLING_OFF);
                break;
            }
        }
        if (engagement.referenceOn() == null || engagement.referenceOn().isAfter(start)) {
            failed.add(AgencyCheck.NO_REFERENCE);
        }
        if (engagement.noticeWeeks() > MAX_NOTICE_WEEKS) {
            failed.add(AgencyCheck.NOTICE_OVER_4_WEEKS);
        }
        RateCap cap = capOn(engagement.jobType(), start);
        if (cap != null && engagement.hourlyPay().compareTo(cap.maxHourlyPay()) > 0) {
            failed.add(AgencyCheck.OVER_PRICE_CAP);
        }
        return Collections.unmodifiableSet(failed);
    }

    /**
     * The cooling-off rule, the one place it is made (here, and across the councils of a region): a leaving of a
     * permanent (non-agency) post on {@code leaving} bars an agency start on {@code start} when it falls in the
     * {@value #COOLING_OFF_MONTHS} months before it, from {@code start} minus 3 calendar months to the day before.
     */
    public static boolean coolingOff(LocalDate leaving, LocalDate start) {
        return !leaving.isBefore(start.minusMonths(COOLING_OFF_MONTHS)) && leaving.isBefore(start);
    }

    /**
     * The cap for the authority's region and the job type in force on a start on or after {@link #PRICE_CAP_FROM}, or
     * null when none applies: the one place the price cap check finds its cap, for the check and for a page saying it.
     */
    public RateCap capOn(JobType jobType, LocalDate start) {
        if (regionCode == null || start.isBefore(PRICE_CAP_FROM)) {
            return null;
        }
        for (RateCap cap : caps) {
            if (cap.regionCode().equals(regionCode) && cap.jobType() == jobType && cap.inForceOn(start)) {
                return cap;
            }
        }
        return null;
    }

    /** Every engagement of the register's {@code agency_engagements.csv} with its checks, in the file's order. */
    public static List<Checked> all(Register register) {
        return all(register, histories(register));
    }

    static List<Checked> all(Register register, Map<String, EmploymentHistory> histories) {
        AgencyChecks checks = of(register);
        Map<String, Worker> workers = new HashMap<>();
        for (Worker worker : register.workers()) {
            workers.put(worker.workerId(), worker);
        }
        List<AgencyEngagement> engagements = register.rows(AgencyEngagementsFile.class);
        List<Checked> checked = new ArrayList<>(engagements.size());
        for (AgencyEngagement engagement : engagements) {
            EmploymentHistory history = histories.getOrDefault(engagement.workerId(), EmploymentHistory.none());
            checked.add(new Checked(engagement, checked(engagement),
                    checks.failed(engagement, workers.get(engagement.workerId()), history)));
        }
        return checked;
    }

    /** Each worker's employment history, by {@code worker_id}. */
    static Map<String, EmploymentHistory> histories(Register register) {
        Map<String, List<Employment>> rows = new HashMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, EmploymentHistory> histories = new HashMap<>();
        rows.forEach((workerId, list) -> histories.put(workerId, EmploymentHistory.of(list)));
        return histories;
    }

    /**
     * An engagement with the outcome of its checks.
     *
     * @param checked whether the rules check it (it starts on or after {@link #CHECKED_FROM})
     * @param failed the checks it fails, empty when not checked
     */
    public record Checked(AgencyEngagement engagement, boolean checked, Set<AgencyCheck> failed) {

        public Checked {
            failed = failed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(failed));
        }

        /** Whether it fails a check and nobody approved going ahead. */
        public boolean unapprovedBreach() {
            return !failed.isEmpty() && !engagement.approved();
        }
    }
}
