package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeOutcome;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ReviewOutcome;
import uk.retain.development.ReviewPoint;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Spell;

/**
 * Early-career programmes: an ASYE place for every run of {@code asye_social_worker} rows, from its first day,
 * with an assessor (a practice educator or an advanced practitioner), a cohort (the March or September intake),
 * a probation end near six months (a few set apart from the six-month review by weeks), ending {@code passed}
 * when the worker goes on as a social worker and {@code left} when they leave; one or two are extended by three
 * months. Reviews at 3, 6 and 12 months are held near their due days, some late, a few never recorded, a few
 * with concerns. The council's own six-month academy takes one cohort of experienced starters, in 2025.
 */
final class Programmes {

    /** The academy's intake: experienced case holders starting from January to June 2025. */
    private static final LocalDate ACADEMY_FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate ACADEMY_TO = LocalDate.of(2025, 6, 30);
    private static final String ACADEMY_COHORT = "2025-01";

    private final DemoFacts facts;
    private final Chance chance;
    final List<Programme> programmes = new ArrayList<>();
    final List<ProgrammeReview> reviews = new ArrayList<>();
    private List<Employment> assessorRows;

    Programmes(DemoFacts facts, Chance chance) {
        this.facts = facts;
        this.chance = chance;
    }

    /** A place before it is numbered. */
    private record Place(String workerId, ProgrammeKind kind, String cohort, LocalDate start, String assessorId,
            LocalDate probationEnd, LocalDate endedOn, ProgrammeOutcome outcome, Place continues) {
    }

    Programmes write() {
        List<Place> places = new ArrayList<>();
        List<Place> asye = asyePlaces();
        extendOneOrTwo(asye);
        places.addAll(asye);
        places.addAll(academy());
        places.sort(Comparator.comparing(Place::start).thenComparing(Place::workerId));
        Map<Place, String> ids = new java.util.IdentityHashMap<>();
        for (Place place : places) {
            ids.put(place, Numbering.id("PRG", ids.size() + 1, 4));
        }
        for (Place place : places) {
            programmes.add(new Programme(ids.get(place), place.workerId(), place.kind(), place.cohort(), place.start(),
                    place.assessorId(), place.probationEnd(), place.endedOn(), place.outcome()));
        }
        for (Place place : places) {
            if (place.kind() == ProgrammeKind.ASYE) {
                review(ids.get(place), place);
            }
        }
        reviews.sort(Comparator.comparing(ProgrammeReview::heldOn).thenComparing(ProgrammeReview::programmeId));
        return this;
    }

    private List<Place> asyePlaces() {
        List<Place> places = new ArrayList<>();
        facts.histories.forEach((workerId, history) -> {
            List<Employment> asyeRows = history.rows().stream().filter(row -> row.jobRole().newlyQualified())
                    .toList();
            if (asyeRows.isEmpty()) {
                return;
            }
            for (Spell spell : Spell.of(asyeRows)) {
                LocalDate start = spell.start();
                LocalDate probation = chance.of(0.12) ? start.plusMonths(6).plusDays(chance.between(21, 70))
                        : start.plusMonths(6).minusDays(chance.between(0, 3));
                LocalDate ended = null;
                ProgrammeOutcome outcome = null;
                if (!spell.open()) {
                    ended = spell.end();
                    outcome = history.inNonAgencyEmploymentOn(ended.plusDays(1)) ? ProgrammeOutcome.PASSED
                            : ProgrammeOutcome.LEFT;
                }
                places.add(new Place(workerId, ProgrammeKind.ASYE, cohort(start), start, assessor(workerId, start),
                        probation, ended, outcome, null));
            }
        });
        return places;
    }

    /**
     * One or two places passed after the full year are instead extended by three months (the second place
     * continues the first), preferring the 2025-03 intake so that its reviews show why.
     */
    private void extendOneOrTwo(List<Place> places) {
        List<Place> candidates = new ArrayList<>();
        for (Place place : places) {
            if (place.outcome() == ProgrammeOutcome.PASSED && place.endedOn().isAfter(place.start().plusMonths(11))
                    && place.endedOn().plusMonths(3).isBefore(facts.last)) {
                candidates.add(place);
            }
        }
        List<Place> preferred = candidates.stream().filter(place -> place.cohort().equals("2025-03")).toList();
        List<Place> pool = new ArrayList<>(preferred.isEmpty() ? candidates : preferred);
        int extensions = Math.min(pool.size(), chance.between(1, 2));
        for (int i = 0; i < extensions; i++) {
            Place place = pool.remove(chance.between(0, pool.size() - 1));
            Place extended = new Place(place.workerId(), place.kind(), place.cohort(), place.start(), place.assessorId(),
                    place.probationEnd(), place.endedOn(), ProgrammeOutcome.EXTENDED, null);
            LocalDate from = place.endedOn().plusDays(1);
            LocalDate until = from.plusMonths(3).minusDays(1);
            EmploymentHistory history = facts.history(place.workerId());
            LocalDate ended = until;
            ProgrammeOutcome outcome = ProgrammeOutcome.PASSED;
            if (!history.inNonAgencyEmploymentThroughout(from, until)) {
                ended = history.leavings().stream().filter(day -> !day.isBefore(from)).findFirst().orElse(until);
                outcome = ProgrammeOutcome.LEFT;
            }
            Place continued = new Place(place.workerId(), place.kind(), place.cohort(), from, place.assessorId(), null,
                    ended, outcome, extended);
            places.set(places.indexOf(place), extended);
            places.add(continued);
        }
    }

    /** The intakes: March (January to June starts) and September (July to December). */
    private static String cohort(LocalDate start) {
        return start.getYear() + (start.getMonthValue() <= 6 ? "-03" : "-09");
    }

    /**
     * The assessor: a practice educator at work on the day (or the first day of the history), else an advanced
     * practitioner of the worker's own team, else any advanced practitioner; null when there is none.
     */
    private String assessor(String workerId, LocalDate start) {
        LocalDate day = start.isBefore(facts.first) ? facts.first : start;
        String team = facts.mainTeam(workerId, day, EmploymentHistory.Kind.ALL);
        List<String> educators = new ArrayList<>();
        List<String> sameTeam = new ArrayList<>();
        List<String> advanced = new ArrayList<>();
        for (Employment row : assessorRows()) {
            if (row.workerId().equals(workerId) || !row.inForceOn(day)) {
                continue;
            }
            if (row.jobRole() == JobRole.PRACTICE_EDUCATOR) {
                educators.add(row.workerId());
            } else {
                (row.teamId().equals(team) ? sameTeam : advanced).add(row.workerId());
            }
        }
        if (!educators.isEmpty() && (sameTeam.isEmpty() || chance.of(0.6))) {
            return chance.pick(educators);
        }
        if (!sameTeam.isEmpty()) {
            return chance.pick(sameTeam);
        }
        return advanced.isEmpty() ? null : chance.pick(advanced);
    }

    /** The rows of practice educators (not agency) and advanced practitioners, in worker_id order. */
    private List<Employment> assessorRows() {
        if (assessorRows == null) {
            assessorRows = new ArrayList<>();
            facts.histories.values().forEach(history -> history.rows().stream()
                    .filter(row -> row.jobRole() == JobRole.PRACTICE_EDUCATOR && !row.isAgency()
                            || row.jobRole() == JobRole.ADVANCED_PRACTITIONER)
                    .forEach(assessorRows::add));
        }
        return assessorRows;
    }

    /** The academy cohort: experienced case holders whose employment begins in the first half of 2025. */
    private List<Place> academy() {
        List<Place> places = new ArrayList<>();
        facts.histories.forEach((workerId, history) -> {
            for (LocalDate start : history.starts()) {
                if (start.isBefore(ACADEMY_FROM) || start.isAfter(ACADEMY_TO) || !start.equals(history.employmentStart(start))) {
                    continue;
                }
                JobRole role = facts.mainRole(workerId, start);
                if (role != JobRole.SOCIAL_WORKER && role != JobRole.SENIOR_SOCIAL_WORKER
                        && role != JobRole.ADVANCED_PRACTITIONER) {
                    continue;
                }
                LocalDate until = start.plusMonths(6).minusDays(1);
                LocalDate ended = until;
                ProgrammeOutcome outcome = ProgrammeOutcome.PASSED;
                LocalDate leaving = history.leavings().stream().filter(day -> !day.isBefore(start)).findFirst().orElse(null);
                if (leaving != null && !leaving.isAfter(until) && !leaving.isAfter(facts.last)) {
                    ended = leaving;
                    outcome = ProgrammeOutcome.LEFT;
                } else if (until.isAfter(facts.last)) {
                    ended = null; // still running when the history ends
                    outcome = null;
                } else if (chance.of(0.08)) {
                    ended = start.plusDays(chance.between(30, 120));
                    outcome = ProgrammeOutcome.WITHDRAWN;
                }
                places.add(new Place(workerId, ProgrammeKind.ACADEMY, ACADEMY_COHORT, start, null, until, ended, outcome,
                        null));
            }
        });
        return places;
    }

    /**
     * The 3-, 6- and 12-month reviews of an ASYE place that fall in the history while it runs: mostly within days of
     * the due day, some weeks late, a few never recorded; an extended place's reviews show concerns, and its
     * continuation has a final review.
     */
    private void review(String programmeId, Place place) {
        boolean extended = place.outcome() == ProgrammeOutcome.EXTENDED;
        if (place.continues() != null) {
            LocalDate held = DemoFacts.weekdayUntil(place.endedOn().minusDays(chance.between(0, 7)));
            if (place.outcome() == ProgrammeOutcome.PASSED && !held.isBefore(place.start())) {
                reviews.add(new ProgrammeReview(programmeId, ReviewPoint.FINAL, held, ReviewOutcome.ON_TRACK));
            }
            return;
        }
        boolean struggling = !extended && chance.of(0.1);
        int[] months = {3, 6, 12};
        ReviewPoint[] points = {ReviewPoint.THREE_MONTH, ReviewPoint.SIX_MONTH, ReviewPoint.TWELVE_MONTH};
        for (int i = 0; i < months.length; i++) {
            LocalDate due = place.start().plusMonths(months[i]);
            LocalDate held;
            int lateness = chance.weighted(78, 16, 6);
            if (lateness == 2) {
                continue; // never recorded
            }
            if (lateness == 1) {
                held = due.plusDays(chance.between(15, 45));
            } else {
                held = due.plusDays(chance.between(-10, 6));
            }
            if (months[i] == 12) {
                // The year's review is held before it ends, on or before its last day.
                held = place.endedOn() != null && held.isAfter(place.endedOn()) ? place.endedOn().minusDays(chance.between(0, 5))
                        : held;
            }
            held = DemoFacts.weekdayUntil(held);
            if (held.isAfter(facts.last) || held.isBefore(place.start())
                    || (place.endedOn() != null && held.isAfter(place.endedOn()))) {
                continue;
            }
            ReviewOutcome outcome = ReviewOutcome.ON_TRACK;
            if (extended) {
                outcome = months[i] == 12 ? ReviewOutcome.NOT_ON_TRACK : months[i] == 6 ? ReviewOutcome.CONCERNS
                        : ReviewOutcome.ON_TRACK;
            } else if (struggling && months[i] >= 6) {
                outcome = ReviewOutcome.CONCERNS;
            } else if (chance.of(0.06)) {
                outcome = ReviewOutcome.CONCERNS;
            }
            reviews.add(new ProgrammeReview(programmeId, points[i], held, outcome));
        }
    }
}
