package uk.retain.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.recruitment.Application;
import uk.retain.recruitment.ApplicationOutcome;
import uk.retain.recruitment.ClosedReason;
import uk.retain.recruitment.Source;
import uk.retain.recruitment.Vacancy;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;
import uk.retain.workforce.Spell;
import uk.retain.workforce.Worker;

/**
 * The council's recruitment, read off its posts: whenever a funded post has nobody (permanent or fixed-term) in it,
 * it is advertised, round after round, until the worker the register shows filling it is appointed. Each round runs
 * to a closing date, shortlisting, interviews and offers; a round that appoints nobody (no one appointable, or an
 * offer declined) is advertised again, sometimes after a pause while a locum covers. The successful candidate
 * accepts a few weeks before the day the register shows them starting, after their notice: a newly qualified
 * worker, an experienced one from the source their start origin suggests, a locum converting, or someone already on
 * the staff. A post given up closes its round as withdrawn; rounds still open when the history ends have candidates
 * part way through. Practice educator posts, shared beside casework, are not advertised.
 */
final class Recruitment {

    private static final List<String> DECLINED = List.of("Accepted another offer closer to home",
            "Counter-offer from their current employer", "Salary below their expectations",
            "Travel time to the office", "Caseload expectations after meeting the team", "Personal circumstances changed",
            "Preferred to stay in agency work");
    private static final Source[] SOURCES = Source.values();
    /** Weights of {@link Source} values, in their order, for candidates to career-grade posts and to the rest. */
    private static final double[] CAREER_GRADE = {14, 5, 4, 22, 26, 2, 14, 8, 5};
    private static final double[] EXPERIENCED = {0, 0, 0, 28, 30, 3, 25, 8, 6};
    private static final double[] NEWLY_QUALIFIED = {40, 12, 10, 20, 18, 0, 0, 0, 0};
    /** An experienced worker appointed from outside: never an agency conversion, which the register shows apart. */
    private static final double[] APPOINTED_FROM_OUTSIDE = {0, 0, 0, 30, 32, 0, 25, 8, 5};

    private final DemoFacts facts;
    private final Chance chance;
    private final List<Round> rounds = new ArrayList<>();
    final List<Vacancy> vacancies = new ArrayList<>();
    final List<Application> applications = new ArrayList<>();

    Recruitment(DemoFacts facts, Chance chance) {
        this.facts = facts;
        this.chance = chance;
    }

    /** One advertisement of a post and its candidates, before they are numbered. */
    private static final class Round {
        final Post post;
        final LocalDate opened;
        LocalDate closed;
        ClosedReason reason;
        final List<Candidate> candidates = new ArrayList<>();

        Round(Post post, LocalDate opened) {
            this.post = post;
            this.opened = opened;
        }
    }

    private record Candidate(Source source, LocalDate[] stages, ApplicationOutcome outcome, String reason,
            String workerId) {
    }

    /** A round's timetable: the closing date, then shortlisting, interviews, offers and the day an offer is accepted. */
    private record Timetable(LocalDate opened, LocalDate closing, LocalDate shortlisting, LocalDate interviews,
            LocalDate offers, LocalDate acceptance) {
    }

    private Timetable timetable(LocalDate opened) {
        LocalDate closing = opened.plusDays(chance.between(21, 42));
        LocalDate shortlisting = closing.plusDays(chance.between(7, 21));
        LocalDate interviews = shortlisting.plusDays(chance.between(10, 28));
        LocalDate offers = interviews.plusDays(chance.between(1, 7));
        return new Timetable(opened, closing, shortlisting, interviews, offers, offers.plusDays(chance.between(10, 40)));
    }

    Recruitment write() {
        List<Post> posts = new ArrayList<>(facts.register.posts());
        posts.sort(Comparator.comparing(Post::postId));
        Map<String, List<Employment>> holders = new HashMap<>();
        for (Employment row : facts.register.employments()) {
            if (!row.isAgency() && row.postId() != null) {
                holders.computeIfAbsent(row.postId(), id -> new ArrayList<>()).add(row);
            }
        }
        for (Post post : posts) {
            if (post.jobRole() != JobRole.PRACTICE_EDUCATOR) {
                advertise(post, holders.getOrDefault(post.postId(), List.of()));
            }
        }
        number();
        return this;
    }

    /** Each stretch of days within the history on which the funded post has nobody in it. */
    private void advertise(Post post, List<Employment> rows) {
        LocalDate from = post.fundedFrom().isBefore(facts.first) ? facts.first : post.fundedFrom();
        LocalDate to = post.fundedTo() == null || post.fundedTo().isAfter(facts.last) ? facts.last : post.fundedTo();
        if (to.isBefore(from)) {
            return;
        }
        List<Spell> filled = Spell.of(rows);
        LocalDate day = from;
        for (Spell spell : filled) {
            if (spell.end().isBefore(day)) {
                continue;
            }
            if (spell.start().isAfter(to)) {
                break;
            }
            if (spell.start().isAfter(day)) {
                vacant(post, rows, day, spell.start().minusDays(1), from);
            }
            if (spell.open() || !spell.end().isBefore(to)) {
                return;
            }
            day = spell.end().plusDays(1);
        }
        vacant(post, rows, day, to, from);
    }

    /** A post empty from {@code first} to {@code last}: advertised until it is filled, given up, or the history ends. */
    private void vacant(Post post, List<Employment> rows, LocalDate first, LocalDate last, LocalDate windowStart) {
        LocalDate advertised;
        // The earliest a round for this stretch could have opened: the leaver's notice, a move or new post planned ahead.
        LocalDate earliest;
        boolean leaverBefore = rows.stream().anyMatch(row -> row.endDate() != null && row.endDate().equals(first.minusDays(1))
                && facts.history(row.workerId()).leavings().contains(row.endDate()));
        if (leaverBefore) {
            advertised = first.minusDays(chance.between(7, 28)); // during the leaver's notice
            earliest = first.minusDays(70);
        } else if (first.equals(facts.first) && !first.equals(post.fundedFrom())) {
            advertised = first.minusDays(chance.between(14, 120)); // already empty when the history starts
            earliest = advertised;
        } else if (first.equals(post.fundedFrom())) {
            advertised = first.minusDays(chance.between(0, 21)); // a new post, advertised ahead
            earliest = first.minusDays(42);
        } else {
            advertised = first.plusDays(chance.between(0, 10)); // its holder moved to another post
            earliest = first.minusDays(28);
        }
        Employment starter = last.isBefore(facts.last) && (post.fundedTo() == null || last.isBefore(post.fundedTo()))
                ? rows.stream().filter(row -> row.startDate().equals(last.plusDays(1)))
                        .min(Comparator.comparing(Employment::workerId)).orElse(null)
                : null;
        if (starter != null) {
            filledBy(post, starter, advertised, earliest);
        } else {
            unfilled(post, advertised, last, last.isBefore(facts.last));
        }
    }

    /**
     * Rounds from {@code advertised} to the one that appoints {@code starter}, who starts on their row's first day; when
     * the post was empty only briefly, the successful round opened as early as {@code earliest}, and its timetable is
     * squeezed when even that is too late.
     */
    private void filledBy(Post post, Employment starter, LocalDate advertised, LocalDate earliest) {
        LocalDate starts = starter.startDate();
        EmploymentHistory history = facts.history(starter.workerId());
        boolean alreadyStaff = history.inNonAgencyEmploymentOn(starts.minusDays(1));
        boolean converting = !alreadyStaff && history.inEmploymentOn(starts.minusDays(1));
        boolean newlyQualified = starter.jobRole().newlyQualified();
        int notice = alreadyStaff || converting ? chance.between(7, 28)
                : newlyQualified ? chance.between(21, 70) : chance.between(28, 84);
        // The successful round's timetable, worked back from the start.
        int[] gaps = {chance.between(21, 42), chance.between(7, 21), chance.between(10, 28), chance.between(1, 7),
                chance.between(10, 40), notice};
        long room = ChronoUnit.DAYS.between(earliest.isBefore(advertised) ? earliest : advertised, starts);
        int total = 0;
        for (int gap : gaps) {
            total += gap;
        }
        if (total > room) {
            double scale = Math.max(0, room) / (double) total;
            for (int i = 0; i < gaps.length; i++) {
                gaps[i] = (int) Math.floor(gaps[i] * scale);
            }
        }
        LocalDate accepted = starts.minusDays(gaps[5]);
        LocalDate offered = accepted.minusDays(gaps[4]);
        LocalDate interviewed = offered.minusDays(gaps[3]);
        LocalDate shortlisted = interviewed.minusDays(gaps[2]);
        LocalDate closing = shortlisted.minusDays(gaps[1]);
        LocalDate opened = closing.minusDays(gaps[0]);
        if (opened.isAfter(starts)) {
            opened = starts;
        }
        LocalDate finalOpened = earlierRounds(post, advertised, opened);
        Round round = new Round(post, finalOpened);
        round.closed = accepted;
        round.reason = ClosedReason.FILLED;
        Timetable timetable = new Timetable(finalOpened, closing, shortlisted, interviewed, offered, accepted);
        LocalDate applied = between(opened, closing.isAfter(opened) ? closing : opened);
        round.candidates.add(new Candidate(source(starter, alreadyStaff, converting, newlyQualified),
                new LocalDate[] {applied, shortlisted, interviewed, offered, accepted, starts},
                ApplicationOutcome.STARTED, null, starter.workerId()));
        others(round, timetable, chance.between(1, 5), false, offered);
        rounds.add(round);
    }

    /**
     * Rounds that appoint nobody, one after another (with a pause now and then) from {@code advertised}, while they
     * can close before {@code before}; returns the day the next round opens.
     */
    private LocalDate earlierRounds(Post post, LocalDate advertised, LocalDate before) {
        LocalDate cursor = advertised;
        while (true) {
            Timetable timetable = timetable(cursor);
            LocalDate closes = timetable.acceptance().plusDays(chance.between(0, 7));
            if (!closes.isBefore(before)) {
                return cursor.isBefore(before) ? cursor : before;
            }
            Round round = new Round(post, cursor);
            round.closed = closes;
            round.reason = ClosedReason.READVERTISED;
            others(round, timetable, chance.weighted(8, 20, 25, 22, 15, 10), true, timetable.acceptance());
            rounds.add(round);
            cursor = closes.plusDays(1);
            if (chance.of(0.5)) {
                cursor = cursor.plusDays(chance.between(14, 90)); // a pause while a locum covers
            }
        }
    }

    /** Rounds for a post nobody fills: the last is open when the history ends, or withdrawn when the post is given up. */
    private void unfilled(Post post, LocalDate advertised, LocalDate last, boolean givenUp) {
        LocalDate cursor = advertised;
        while (!cursor.isAfter(last)) {
            Timetable timetable = timetable(cursor);
            LocalDate closes = timetable.acceptance().plusDays(chance.between(0, 7));
            Round round = new Round(post, cursor);
            if (!closes.isAfter(last)) {
                round.closed = closes;
                round.reason = ClosedReason.READVERTISED;
                others(round, timetable, chance.weighted(8, 20, 25, 22, 15, 10), true, timetable.acceptance());
                rounds.add(round);
            } else {
                if (givenUp) {
                    round.closed = last;
                    round.reason = ClosedReason.WITHDRAWN;
                }
                unfinished(round, timetable, last, givenUp);
                rounds.add(round);
                return;
            }
            cursor = closes.plusDays(1);
            if (chance.of(0.5)) {
                cursor = cursor.plusDays(chance.between(14, 90));
            }
        }
    }

    /**
     * Candidates who are not appointed: not shortlisted, withdrawn, not appointed after interview, or offered the
     * post and declining it (at most one a round; in the round that appoints, before {@code offerBy}, the offer
     * taken).
     */
    private void others(Round round, Timetable timetable, int count, boolean mayDecline, LocalDate offerBy) {
        boolean declined = false;
        for (int i = 0; i < count; i++) {
            Source source = otherSource(round.post);
            LocalDate applied = between(round.opened, timetable.closing());
            int fate = chance.weighted(40, 15, 40, declined ? 0 : mayDecline ? 6 : 4);
            if (fate == 0) {
                round.candidates.add(new Candidate(source, new LocalDate[] {applied}, ApplicationOutcome.REJECTED,
                        chance.of(0.5) ? "Not shortlisted: did not meet the essential criteria" : null, null));
            } else if (fate == 1) {
                boolean shortlisted = chance.of(0.5);
                round.candidates.add(new Candidate(source, shortlisted ? new LocalDate[] {applied, timetable.shortlisting()}
                        : new LocalDate[] {applied}, ApplicationOutcome.WITHDRAWN,
                        chance.of(0.5) ? "Withdrew before interview" : null, null));
            } else if (fate == 2) {
                round.candidates.add(new Candidate(source, new LocalDate[] {applied, timetable.shortlisting(),
                        timetable.interviews()}, ApplicationOutcome.REJECTED,
                        chance.of(0.4) ? "Not appointed after interview" : null, null));
            } else {
                declined = true;
                // In the round that appoints, the first choice declines a few days before the offer that is taken.
                LocalDate offered = mayDecline ? timetable.offers() : offerBy.minusDays(chance.between(1, 5));
                if (offered.isBefore(timetable.interviews())) {
                    offered = timetable.interviews();
                }
                round.candidates.add(new Candidate(source, new LocalDate[] {applied, timetable.shortlisting(),
                        timetable.interviews(), offered}, ApplicationOutcome.OFFER_DECLINED, chance.pick(DECLINED), null));
            }
        }
    }

    /** The candidates of a round still running on {@code last}: each as far as they had got by then. */
    private void unfinished(Round round, Timetable timetable, LocalDate last, boolean givenUp) {
        int count = chance.weighted(10, 20, 25, 20, 15, 10);
        for (int i = 0; i < count; i++) {
            LocalDate applied = between(round.opened, timetable.closing());
            if (applied.isAfter(last)) {
                continue;
            }
            Source source = otherSource(round.post);
            List<LocalDate> stages = new ArrayList<>(List.of(applied));
            ApplicationOutcome outcome = ApplicationOutcome.IN_PROGRESS;
            String reason = null;
            boolean shortlisted = chance.of(0.6);
            if (!timetable.shortlisting().isAfter(last)) {
                if (!shortlisted) {
                    outcome = ApplicationOutcome.REJECTED;
                } else {
                    stages.add(timetable.shortlisting());
                    if (!timetable.interviews().isAfter(last)) {
                        stages.add(timetable.interviews());
                        if (chance.of(0.6)) {
                            outcome = ApplicationOutcome.REJECTED;
                        } else if (!timetable.offers().isAfter(last)) {
                            stages.add(timetable.offers());
                        }
                    }
                }
            }
            if (givenUp && outcome == ApplicationOutcome.IN_PROGRESS) {
                outcome = ApplicationOutcome.REJECTED;
                reason = "The post is no longer funded";
            }
            round.candidates.add(new Candidate(source, stages.toArray(LocalDate[]::new), outcome, reason, null));
        }
    }

    private Source source(Employment starter, boolean alreadyStaff, boolean converting, boolean newlyQualified) {
        if (converting) {
            return Source.AGENCY_CONVERSION;
        }
        if (alreadyStaff) {
            return Source.OTHER;
        }
        if (newlyQualified) {
            return SOURCES[chance.weighted(NEWLY_QUALIFIED)];
        }
        Worker worker = facts.workers.get(starter.workerId());
        Integer origin = worker.startOrigin();
        if (origin != null && origin == 2) {
            return chance.of(0.6) ? Source.ANOTHER_COUNCIL : chance.of(0.5) ? Source.JOB_BOARD : Source.COUNCIL_WEBSITE;
        }
        return SOURCES[chance.weighted(APPOINTED_FROM_OUTSIDE)];
    }

    private Source otherSource(Post post) {
        return SOURCES[chance.weighted(post.jobRole() == JobRole.SOCIAL_WORKER ? CAREER_GRADE : EXPERIENCED)];
    }

    /** A day from {@code first} to {@code last}, both included. */
    private LocalDate between(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(chance.between(0, (int) days));
    }

    /** Vacancies in the order they were advertised, their applications in the order they came in. */
    private void number() {
        rounds.sort(Comparator.comparing((Round round) -> round.opened).thenComparing(round -> round.post.postId()));
        int candidate = 0;
        for (Round round : rounds) {
            String vacancyId = Numbering.id("VAC", vacancies.size() + 1, 4);
            vacancies.add(new Vacancy(vacancyId, round.post.teamId(), round.post.jobRole(), round.post.postId(), round.opened,
                    round.closed, round.reason));
            List<Candidate> candidates = new ArrayList<>(round.candidates);
            candidates.sort(Comparator.comparing((Candidate c) -> c.stages()[0]));
            for (Candidate c : candidates) {
                LocalDate[] s = java.util.Arrays.copyOf(c.stages(), 6);
                applications.add(new Application(Numbering.id("APP", applications.size() + 1, 5), vacancyId,
                        Numbering.id("CAND", ++candidate, 5), c.source(), s[0], s[1], s[2], s[3], s[4], s[5], c.outcome(),
                        c.reason(), c.workerId()));
            }
        }
    }
}
