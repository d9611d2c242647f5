package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.retain.development.Activity;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.KssStatement;
import uk.retain.development.Qualification;
import uk.retain.development.QualificationKind;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Spell;
import uk.retain.workforce.Worker;

/**
 * Continuing professional development and post-qualifying awards. Each permanent or fixed-term worker logs a few
 * activities a year while employed (courses, observations, reading, shadowing, conferences) against the Knowledge
 * and Skills Statements of their level; some log nothing in their last year. Practice educators hold the
 * practice educator award, some seniors its first stage, some team managers the practice supervisor programme;
 * one worker is an approved mental health professional and two are best interests assessors, and the AMHP's
 * approval and one BIA's run out within 90 days of the history's last day. Workers in their ASYE also log their
 * protected development time each week, less of it in a stretched team.
 */
final class Learning {

    private static final List<String> COURSES = List.of("Contextual safeguarding", "Trauma-informed practice",
            "Neglect: the Graded Care Profile 2", "Domestic abuse and coercive control", "Working with fathers",
            "Child sexual exploitation and missing children", "Court skills: writing evidence",
            "Signs of Safety refresher", "Assessing parenting capacity", "Life story work",
            "Equality, diversity and anti-racist practice", "Recording that children can read");
    private static final List<String> READING = List.of("Research in Practice: adolescent neglect",
            "Child Safeguarding Practice Review Panel annual report", "Journal club: direct work with children",
            "Research in Practice: working with resistance", "Ofsted thematic review of care leavers");
    private static final List<String> CONFERENCES = List.of("Regional principal social workers' conference",
            "Exampleshire practice week", "Family rights and kinship care conference");
    private static final List<String> SUPERVISING = List.of("Practice supervisor development programme",
            "Reflective supervision: the 4x4x4 model", "Managing performance with care");
    private static final List<String> SHADOWING = List.of("Shadowing the front door (MASH)",
            "Shadowing a child protection conference chair", "Shadowing the court team");
    private static final List<String> OTHER = List.of("Peer audit of case files", "Team learning circle");
    private static final List<String> ASYE_DAYS = List.of("ASYE learning set", "ASYE critical reflection workshop");

    private final DemoFacts facts;
    private final Chance chance;
    final List<DevelopmentActivity> activities = new ArrayList<>();
    final List<Qualification> qualifications = new ArrayList<>();

    Learning(DemoFacts facts, Chance chance) {
        this.facts = facts;
        this.chance = chance;
    }

    Learning write() {
        facts.histories.forEach((workerId, history) -> {
            cpd(workerId, history);
            awards(workerId, history);
        });
        specialistApprovals();
        // Last, so that the draws of the activities above stay as they were.
        facts.histories.forEach(this::protectedTime);
        activities.sort(Comparator.comparing(DevelopmentActivity::workerId).thenComparing(DevelopmentActivity::date));
        qualifications.sort(Comparator.comparing(Qualification::workerId).thenComparing(Qualification::awardedOn));
        return this;
    }

    // ---- development.csv ------------------------------------------------------------------------------------

    /**
     * Activities over each spell of the worker's own (non-agency) employment within the history, at the worker's own
     * pace of three to nine a year; one in six stops logging a year or more before the history ends.
     */
    private void cpd(String workerId, EmploymentHistory history) {
        List<Employment> own = history.rows().stream().filter(row -> !row.isAgency()).toList();
        if (own.isEmpty()) {
            return;
        }
        double perYear = chance.uniform(3, 9);
        LocalDate stopsAfter = chance.of(0.16) ? facts.last.minusDays(chance.between(366, 700)) : facts.last;
        for (Spell spell : Spell.of(own)) {
            LocalDate from = spell.start().isBefore(facts.first) ? facts.first : spell.start();
            LocalDate to = spell.open() || spell.end().isAfter(facts.last) ? facts.last : spell.end();
            if (stopsAfter.isBefore(to)) {
                to = stopsAfter;
            }
            LocalDate day = from.plusDays(chance.erlangDays(365 / perYear) / 2);
            while (!day.isAfter(to)) {
                LocalDate on = DemoFacts.weekdayFrom(day);
                Employment row = history.mainRow(on, EmploymentHistory.Kind.NON_AGENCY);
                if (row != null && !on.isAfter(to)) {
                    activities.add(activity(workerId, on, row.jobRole(), history));
                }
                day = day.plusDays(chance.erlangDays(365 / perYear));
            }
        }
    }

    /** A full-time worker's protected development time each week of the ASYE: a tenth of 37 hours. */
    private static final BigDecimal PROTECTED_WEEKLY_HOURS = new BigDecimal("3.7");

    /**
     * The protected development time of the newly qualified (a tenth of their hours), logged each week of their ASYE
     * as one entry of their FTE's share of {@link #PROTECTED_WEEKLY_HOURS}: every week in most teams, but in a stretched
     * team (judged by the supervision diary) half the weeks are lost to casework.
     */
    private void protectedTime(String workerId, EmploymentHistory history) {
        List<Employment> asyeRows = history.rows().stream()
                .filter(row -> row.jobRole().newlyQualified() && !row.isAgency()).toList();
        if (asyeRows.isEmpty()) {
            return;
        }
        for (Spell spell : Spell.of(asyeRows)) {
            LocalDate from = spell.start().isBefore(facts.first) ? facts.first : spell.start();
            LocalDate to = spell.open() || spell.end().isAfter(facts.last) ? facts.last : spell.end();
            for (LocalDate week = from; !week.isAfter(to); week = week.plusWeeks(1)) {
                LocalDate on = DemoFacts.weekdayFrom(week.plusDays(chance.between(0, 4)));
                Employment row = history.mainRow(on, EmploymentHistory.Kind.NON_AGENCY);
                if (on.isAfter(to) || row == null || row.jobRole() != JobRole.ASYE_SOCIAL_WORKER) {
                    continue;
                }
                boolean stretched = facts.strain.stretchedOn(row.teamId(), on);
                if (stretched && chance.of(0.5)) {
                    continue;
                }
                BigDecimal hours = PROTECTED_WEEKLY_HOURS.multiply(row.fte()).setScale(2, java.math.RoundingMode.HALF_UP);
                if (hours.signum() > 0) {
                    activities.add(new DevelopmentActivity(workerId, on, Activity.OTHER, hours,
                            List.of(KssStatement.values()[chance.between(0, 9)]), "ASYE protected development time"));
                }
            }
        }
    }

    private DevelopmentActivity activity(String workerId, LocalDate day, JobRole role, EmploymentHistory history) {
        boolean manager = role == JobRole.TEAM_MANAGER;
        boolean leader = role == JobRole.SERVICE_MANAGER || role == JobRole.PRINCIPAL_SOCIAL_WORKER
                || role == JobRole.SENIOR_MANAGER;
        boolean asye = role.newlyQualified();
        Activity kind = switch (chance.weighted(34, asye ? 20 : 9, manager || leader ? 18 : 2, 20, 7, 6, 6)) {
            case 0 -> Activity.COURSE;
            case 1 -> Activity.OBSERVATION;
            case 2 -> Activity.SUPERVISION_TRAINING;
            case 3 -> Activity.READING_RESEARCH;
            case 4 -> Activity.SHADOWING;
            case 5 -> Activity.CONFERENCE;
            default -> Activity.OTHER;
        };
        String hours = switch (kind) {
            case COURSE -> chance.pick(List.of("3", "3.5", "6", "6.5", "6.5", "7", "14"));
            case OBSERVATION -> chance.pick(List.of("1", "1.5", "2", "3"));
            case SUPERVISION_TRAINING -> chance.pick(List.of("3", "6.5", "14", "21"));
            case READING_RESEARCH -> chance.pick(List.of("0.5", "1", "1.5", "2", "3"));
            case SHADOWING -> chance.pick(List.of("3.5", "7"));
            case CONFERENCE -> chance.pick(List.of("6.5", "7", "13"));
            case OTHER -> chance.pick(List.of("1", "2", "3"));
        };
        String title = switch (kind) {
            case COURSE -> asye && chance.of(0.4) ? chance.pick(ASYE_DAYS) : chance.pick(COURSES);
            case OBSERVATION -> asye ? "Direct observation of practice (ASYE)" : "Observed practice: home visit";
            case SUPERVISION_TRAINING -> chance.pick(SUPERVISING);
            case READING_RESEARCH -> chance.pick(READING);
            case SHADOWING -> chance.pick(SHADOWING);
            case CONFERENCE -> chance.pick(CONFERENCES);
            case OTHER -> chance.pick(OTHER);
        };
        return new DevelopmentActivity(workerId, day, kind, new BigDecimal(hours), kss(manager, leader, kind),
                chance.of(0.08) ? null : title);
    }

    /** The statements of the worker's level an activity covers: none for one in seven. */
    private List<KssStatement> kss(boolean manager, boolean leader, Activity kind) {
        if (chance.of(0.14)) {
            return List.of();
        }
        Set<KssStatement> covered = EnumSet.noneOf(KssStatement.class);
        KssStatement[] all = KssStatement.values();
        int count = chance.between(1, 3);
        for (int i = 0; i < count; i++) {
            int index;
            if (leader) {
                index = 18 + chance.between(0, 5); // L1-L6
            } else if (manager || kind == Activity.SUPERVISION_TRAINING) {
                index = chance.of(0.8) ? 10 + chance.between(0, 7) : chance.between(0, 9); // S1-S8, some P
            } else {
                index = chance.between(0, 9); // P1-P10
            }
            covered.add(all[index]);
        }
        return List.copyOf(covered);
    }

    // ---- qualifications.csv ---------------------------------------------------------------------------------

    /** Practice educator awards of the practice educators and some seniors; the supervisor programme of some managers. */
    private void awards(String workerId, EmploymentHistory history) {
        Worker worker = facts.workers.get(workerId);
        LocalDate qualified = worker.qualifiedOn();
        if (qualified == null || history.rows().stream().allMatch(Employment::isAgency)) {
            return;
        }
        LocalDate educatorFrom = null;
        boolean senior = false;
        boolean managed = false;
        LocalDate lastDay = facts.first;
        for (Employment row : history.rows()) {
            if (row.isAgency()) {
                continue;
            }
            if (row.jobRole() == JobRole.PRACTICE_EDUCATOR && (educatorFrom == null || row.startDate().isBefore(educatorFrom))) {
                educatorFrom = row.startDate();
            }
            senior |= row.jobRole() == JobRole.SENIOR_SOCIAL_WORKER || row.jobRole() == JobRole.ADVANCED_PRACTITIONER
                    || row.jobRole() == JobRole.CONSULTANT_SOCIAL_WORKER;
            managed |= row.jobRole() == JobRole.TEAM_MANAGER;
            LocalDate end = row.endDate() == null || row.endDate().isAfter(facts.last) ? facts.last : row.endDate();
            if (end.isAfter(lastDay)) {
                lastDay = end;
            }
        }
        LocalDate earliest = qualified.plusYears(2);
        if (educatorFrom != null) {
            LocalDate stage2 = latest(earliest.plusYears(1), educatorFrom.minusDays(chance.between(60, 1500)));
            stage2 = earliestOf(stage2, educatorFrom);
            if (chance.of(0.6) && stage2.minusYears(1).isAfter(earliest)) {
                qualifications.add(new Qualification(workerId, QualificationKind.PRACTICE_EDUCATOR_1,
                        stage2.minusDays(chance.between(250, 700)), null));
            }
            qualifications.add(new Qualification(workerId, QualificationKind.PRACTICE_EDUCATOR_2, stage2, null));
        } else if (senior && chance.of(0.15)) {
            LocalDate awarded = lastDay.minusDays(chance.between(30, 2500));
            if (awarded.isAfter(earliest)) {
                qualifications.add(new Qualification(workerId, QualificationKind.PRACTICE_EDUCATOR_1, awarded, null));
            }
        }
        if (managed && chance.of(0.45)) {
            LocalDate awarded = lastDay.minusDays(chance.between(60, 2200));
            if (awarded.isAfter(qualified.plusYears(4))) {
                qualifications.add(new Qualification(workerId, QualificationKind.PRACTICE_SUPERVISOR, awarded, null));
            }
        }
    }

    /**
     * An approved mental health professional (five-year approval) and two best interests assessors (re-approved
     * each year after a refresher), experienced practitioners at work on the history's last day, in the disabled
     * children's or care leavers' team when it has one: the AMHP's approval and the first BIA's run out within 90
     * days of that day, the second BIA's later.
     */
    private void specialistApprovals() {
        List<String> candidates = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        facts.histories.forEach((workerId, history) -> {
            Employment main = history.mainRow(facts.last, EmploymentHistory.Kind.NON_AGENCY);
            Worker worker = facts.workers.get(workerId);
            if (main == null || worker.qualifiedOn() == null || worker.qualifiedOn().plusYears(8).isAfter(facts.last)
                    || (main.jobRole() != JobRole.SENIOR_SOCIAL_WORKER && main.jobRole() != JobRole.ADVANCED_PRACTITIONER
                            && main.jobRole() != JobRole.CONSULTANT_SOCIAL_WORKER)) {
                return;
            }
            candidates.add(workerId);
            var service = facts.teams.get(main.teamId()).service();
            if (service == uk.retain.workforce.ServiceArea.DISABLED_CHILDREN || service == uk.retain.workforce.ServiceArea.CARE_LEAVERS) {
                preferred.add(workerId);
            }
        });
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> pool = new ArrayList<>(preferred.isEmpty() ? candidates : preferred);
            pool.removeAll(chosen);
            if (pool.isEmpty()) {
                pool = new ArrayList<>(candidates);
                pool.removeAll(chosen);
            }
            if (pool.isEmpty()) {
                return;
            }
            chosen.add(chance.pick(pool));
        }
        LocalDate amhpEnds = facts.last.plusDays(chance.between(15, 60));
        qualifications.add(new Qualification(chosen.get(0), QualificationKind.AMHP, amhpEnds.minusYears(5).plusDays(1),
                amhpEnds));
        LocalDate biaEnds = facts.last.plusDays(chance.between(61, 89));
        qualifications.add(new Qualification(chosen.get(1), QualificationKind.BIA, biaEnds.minusYears(1).plusDays(1), biaEnds));
        LocalDate laterEnds = facts.last.plusDays(chance.between(150, 300));
        qualifications.add(new Qualification(chosen.get(2), QualificationKind.BIA, laterEnds.minusYears(1).plusDays(1),
                laterEnds));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliestOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
