package uk.retain.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import uk.retain.agency.AgencyCheck;
import uk.retain.agency.AgencyChecks;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Spell;

/**
 * Agency work: one engagement for each unbroken spell of a worker's agency rows, with its agency, hours (37 a week
 * at full time), pay (£35 to £45 an hour by job type before the price caps; at or just under the cap for
 * assignments from 1 October 2025, when the caps apply), the agency's charge (25% to 35% above the pay), notice
 * (mostly four weeks) and practice-based reference (mostly before the start). A few assignments checked under the
 * DfE rules (from 31 October 2024) fail a check: some by the data the simulation made (a former employee back as a
 * locum too soon, or with under three years since qualifying), some by a late or missing reference, a long notice
 * or pay over the cap; the director and chief executive approve going ahead with some of them.
 */
final class AgencyWork {

    /**
     * The demo's price caps, from 1 October 2025 in its region. EXAMPLE FIGURES FOR THE DEMO ONLY, not any region's
     * real caps: the London memorandum of co-operation's hourly rates of 2016 (domain.md §4.4), social worker £28,
     * senior £35, advanced practitioner £35, team manager £42; the memorandum set none for IROs and child
     * protection chairs, so the demo uses its £38 for assistant team managers, between the two.
     */
    static final List<BigDecimal> EXAMPLE_CAPS = List.of(new BigDecimal("28.00"), new BigDecimal("35.00"),
            new BigDecimal("35.00"), new BigDecimal("42.00"), new BigDecimal("38.00"));
    static final String APPROVER = "Director of Children's Services and Chief Executive";

    private static final List<String> AGENCIES = List.of("Brightwater Social Care Recruitment", "Castlegate Locums",
            "Fenwick and Rowe Interim", "Northlight Children's Services Staffing", "Harbourside Social Work Agency");
    private static final double[] AGENCY_WEIGHTS = {30, 25, 18, 17, 10};
    /** Pay in pence before the caps, lowest and highest, by {@link JobType} in its order. */
    private static final int[][] PAY = {{3500, 3850}, {3650, 4100}, {3900, 4300}, {4200, 4500}, {3800, 4200}};
    private static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37");

    private final DemoFacts facts;
    private final Chance chance;
    final List<AgencyEngagement> engagements = new ArrayList<>();
    final List<RateCap> caps = new ArrayList<>();

    AgencyWork(DemoFacts facts, Chance chance) {
        this.facts = facts;
        this.chance = chance;
    }

    AgencyWork write() {
        String region = facts.register.authority().regionCode();
        for (JobType type : JobType.values()) {
            caps.add(new RateCap(region, type, AgencyChecks.PRICE_CAP_FROM, null, EXAMPLE_CAPS.get(type.ordinal())));
        }
        AgencyChecks checks = new AgencyChecks(region, caps);
        List<Spell> spells = new ArrayList<>();
        List<String> workers = new ArrayList<>();
        facts.histories.forEach((workerId, history) -> {
            List<Employment> agency = history.rows().stream().filter(Employment::isAgency).toList();
            if (!agency.isEmpty()) {
                for (Spell spell : Spell.of(agency)) {
                    spells.add(spell);
                    workers.add(workerId);
                }
            }
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spells.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> spells.get(i).start()).thenComparing(workers::get));
        for (int i : order) {
            engagements.add(engagement(Numbering.id("AE", engagements.size() + 1, 4), workers.get(i), spells.get(i),
                    checks));
        }
        return this;
    }

    private AgencyEngagement engagement(String id, String workerId, Spell spell, AgencyChecks checks) {
        EmploymentHistory history = facts.history(workerId);
        LocalDate start = spell.start();
        Employment first = history.mainRow(start, EmploymentHistory.Kind.AGENCY);
        JobType type = jobType(first.jobRole());
        boolean checked = !start.isBefore(AgencyChecks.CHECKED_FROM);
        boolean capped = !start.isBefore(AgencyChecks.PRICE_CAP_FROM);
        boolean project = first.postId() == null && facts.teams.get(first.teamId()).service() == ServiceArea.CHILD_PROTECTION;

        int breach = checked ? chance.weighted(86, 5, 5, capped ? 14 : 0) : 0;
        int pence;
        if (capped) {
            int cap = EXAMPLE_CAPS.get(type.ordinal()).movePointRight(2).intValueExact();
            pence = breach == 3 ? cap + chance.between(50, 400) : cap - chance.between(0, 150);
        } else {
            pence = chance.between(PAY[type.ordinal()][0], PAY[type.ordinal()][1]);
        }
        BigDecimal pay = BigDecimal.valueOf(pence, 2);
        BigDecimal charge = pay.multiply(BigDecimal.valueOf(chance.between(125, 135), 2)).setScale(2, RoundingMode.HALF_UP);
        int notice;
        if (breach == 1) {
            notice = chance.of(0.5) ? 6 : 8;
        } else if (checked) {
            notice = new int[] {4, 2, 1}[chance.weighted(90, 7, 3)];
        } else {
            notice = new int[] {4, 1, 2, 8}[chance.weighted(50, 25, 15, 10)];
        }
        LocalDate reference;
        if (breach == 2) {
            reference = chance.of(0.6) ? null : start.plusDays(chance.between(2, 14));
        } else if (checked || chance.of(0.85)) {
            reference = start.minusDays(chance.between(3, 28));
        } else {
            reference = null;
        }
        BigDecimal hours = FULL_TIME_HOURS.multiply(first.fte());
        AgencyEngagement engagement = new AgencyEngagement(id, workerId, chance.pick(AGENCIES, AGENCY_WEIGHTS), type,
                start, spell.open() ? null : spell.end(), hours, pay, charge, notice, reference, project ? Boolean.TRUE : null,
                null, null);
        Set<AgencyCheck> failed = checks.failed(engagement, facts.workers.get(workerId), history);
        if (failed.isEmpty() || !chance.of(0.45)) {
            return engagement;
        }
        return new AgencyEngagement(id, workerId, engagement.agency(), type, start, engagement.endDate(), hours, pay, charge,
                notice, reference, engagement.projectTeam(), APPROVER, reason(failed.iterator().next(), type));
    }

    private static String reason(AgencyCheck check, JobType type) {
        return switch (check) {
            case PQE_UNDER_3_YEARS -> "Knows the families from their permanent post; caseload would otherwise be unallocated";
            case COOLING_OFF -> "Returning to complete court work for children they held before leaving";
            case NO_REFERENCE -> "Reference requested from the previous council; cases unallocated meanwhile, reviewed weekly";
            case NOTICE_OVER_4_WEEKS -> type == JobType.IRO_CP_CHAIR
                    ? "Specialist conference chair cover: no worker available on four weeks' notice"
                    : "No worker available on four weeks' notice for a child protection caseload";
            case OVER_PRICE_CAP -> "No worker available within the cap after two campaigns; reviewed after 12 weeks";
        };
    }

    /** The DfE agency rules' job type of a role. */
    static JobType jobType(JobRole role) {
        return switch (role) {
            case SENIOR_SOCIAL_WORKER -> JobType.SENIOR_SOCIAL_WORKER;
            case ADVANCED_PRACTITIONER, CONSULTANT_SOCIAL_WORKER, PRACTICE_EDUCATOR, PRINCIPAL_SOCIAL_WORKER ->
                    JobType.ADVANCED_PRACTITIONER;
            case TEAM_MANAGER, SERVICE_MANAGER, SENIOR_MANAGER -> JobType.TEAM_MANAGER;
            case INDEPENDENT_REVIEWING_OFFICER -> JobType.IRO_CP_CHAIR;
            default -> JobType.SOCIAL_WORKER;
        };
    }
}
