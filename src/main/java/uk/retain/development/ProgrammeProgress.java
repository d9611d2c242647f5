package uk.retain.development;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;

/**
 * How one worker's programme place stands on a day: each review point with its due day (from {@link ProgrammeSteps})
 * and what was held, whether the probation end falls near the 6-month review, and the protected development time;
 * and, over many places, a cohort's progress and the retention of each intake year. Codes and figures only: the
 * pages put them into words.
 */
public final class ProgrammeProgress {

    /** The probation end should fall within this many days of the 6-month review, either side. */
    public static final int PROBATION_WINDOW_DAYS = 14;
    /** The protected development time of a newly qualified worker: a tenth of their working hours. */
    public static final BigDecimal PROTECTED_SHARE = new BigDecimal("0.10");
    /** The hours of a full-time week (1.0 FTE), as the councils' social work contracts have them. */
    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37");

    private ProgrammeProgress() {
    }

    /** Where a review point stands on the day. */
    public enum ReviewState implements Coded {
        /** Held on or before its due day. */
        HELD("held"),
        /** Held, but after its due day. */
        HELD_LATE("held_late"),
        /** Due before the day, required, and not held by it: what {@code programme_reviews_overdue} counts. */
        OVERDUE("overdue"),
        /** Due before the day and not held, but optional, or on a place that has ended: never overdue. */
        NOT_HELD("not_held"),
        /** Due on or after the day. */
        UPCOMING("upcoming");

        private final String code;

        ReviewState(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Where a place stands on the day, as cohort progress counts it. */
    public enum State implements Coded {
        /** Running, and its latest review (if any) found the worker on track. */
        ON_TRACK("on_track"),
        /** Running, and its latest review found concerns or not on track; or extended with nothing continuing it. */
        CONCERNS("concerns"),
        PASSED("passed"),
        LEFT("left"),
        /** Failed or withdrawn. */
        OTHER_ENDED("other_ended"),
        /** Starts after the day. */
        NOT_STARTED("not_started");

        private final String code;

        State(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        public boolean inProgramme() {
            return this == ON_TRACK || this == CONCERNS;
        }
    }

    /**
     * One review point of a place.
     *
     * @param required a required point of the table (it is overdue only on a place running on the day)
     * @param heldOn the day a review of this point was held on or before the day looked at, or null
     * @param outcome its outcome, or null
     * @param daysLate days after the due day it was held or, when overdue, the day looked at is; 0 otherwise
     */
    public record ReviewRow(ReviewPoint review, LocalDate due, boolean required, LocalDate heldOn, ReviewOutcome outcome,
            ReviewState state, long daysLate) {
    }

    /**
     * The probation end against the 6-month review: the review's held day when it is held, its due day otherwise.
     *
     * @param daysApart whole days between the two, always zero or more
     * @param warning the two are more than {@link #PROBATION_WINDOW_DAYS} apart
     */
    public record ProbationCheck(LocalDate probationEnd, LocalDate sixMonthReview, boolean reviewHeld, long daysApart,
            boolean warning) {
    }

    /**
     * The protected development time of a place from its start to the day (or its end, when earlier).
     *
     * @param weeklyHours a tenth of the worker's weekly hours at their FTE on the last day counted (all rows)
     * @param dueHours a tenth of their working hours over the weekdays counted, at each day's FTE
     * @param recordedHours development.csv hours dated in those days; null when the bundle has no development.csv
     */
    public record ProtectedTime(LocalDate from, LocalDate to, BigDecimal weeklyHours, BigDecimal dueHours,
            BigDecimal recordedHours) {

        /** Fewer development hours recorded than protected; false when none can be recorded. */
        public boolean belowDue() {
            return recordedHours != null && recordedHours.compareTo(dueHours) < 0;
        }
    }

    /** A place on the day, read whole. */
    public record Place(Programme programme, List<ReviewRow> reviews, ProbationCheck probation, ProtectedTime protectedTime,
            State state) {

        public long overdueReviews() {
            return reviews.stream().filter(row -> row.state() == ReviewState.OVERDUE).count();
        }

        public boolean hasLateReview() {
            return reviews.stream().anyMatch(row -> row.state() == ReviewState.OVERDUE || row.state() == ReviewState.HELD_LATE);
        }
    }

    /**
     * The place on {@code day}.
     *
     * @param reviews the reviews held on the place (others are ignored)
     * @param history the worker's employment history, for their FTE
     * @param development the worker's development activities, or null when the bundle has no development.csv
     * @see #protectedTime the protected time, only on the programmes of the newly qualified
     */
    public static Place of(Programme programme, List<ProgrammeReview> reviews, ProgrammeSteps steps, EmploymentHistory history,
            List<DevelopmentActivity> development, LocalDate day) {
        Map<ReviewPoint, ProgrammeReview> held = new EnumMap<>(ReviewPoint.class);
        for (ProgrammeReview review : reviews) {
            if (review.programmeId().equals(programme.programmeId()) && !review.heldOn().isAfter(day)) {
                held.merge(review.review(), review, (a, b) -> a.heldOn().isBefore(b.heldOn()) ? a : b);
            }
        }
        List<ReviewRow> rows = new ArrayList<>();
        List<ReviewPoint> listed = new ArrayList<>();
        for (ReviewStep step : steps.of(programme.programme())) {
            listed.add(step.review());
            rows.add(row(step.review(), step.dueFor(programme.startDate()), step.required(), programme.runningOn(day),
                    held.get(step.review()), day));
        }
        // A review held at a point the table does not list for this programme is still shown, with no due day.
        held.forEach((point, review) -> {
            if (!listed.contains(point)) {
                rows.add(new ReviewRow(point, null, false, review.heldOn(), review.outcome(), ReviewState.HELD, 0));
            }
        });
        return new Place(programme, List.copyOf(rows), probation(programme, steps, held), protectedTime(programme, history,
                development, day), state(programme, held, day));
    }

    private static ReviewRow row(ReviewPoint point, LocalDate due, boolean required, boolean running, ProgrammeReview review,
            LocalDate day) {
        if (review != null) {
            long late = Math.max(0, ChronoUnit.DAYS.between(due, review.heldOn()));
            return new ReviewRow(point, due, required, review.heldOn(), review.outcome(),
                    late > 0 ? ReviewState.HELD_LATE : ReviewState.HELD, late);
        }
        if (!due.isBefore(day)) {
            return new ReviewRow(point, due, required, null, null, ReviewState.UPCOMING, 0);
        }
        return required && running ? new ReviewRow(point, due, true, null, null, ReviewState.OVERDUE, ChronoUnit.DAYS.between(due, day))
                : new ReviewRow(point, due, required, null, null, ReviewState.NOT_HELD, 0);
    }

    /** Null when the place has no probation end, or its programme no 6-month review point. */
    static ProbationCheck probation(Programme programme, ProgrammeSteps steps, Map<ReviewPoint, ProgrammeReview> held) {
        if (programme.probationEnd() == null) {
            return null;
        }
        ReviewStep six = steps.of(programme.programme()).stream().filter(step -> step.review() == ReviewPoint.SIX_MONTH)
                .findFirst().orElse(null);
        if (six == null) {
            return null;
        }
        ProgrammeReview review = held.get(ReviewPoint.SIX_MONTH);
        LocalDate reviewDay = review != null ? review.heldOn() : six.dueFor(programme.startDate());
        long apart = Math.abs(ChronoUnit.DAYS.between(reviewDay, programme.probationEnd()));
        return new ProbationCheck(programme.probationEnd(), reviewDay, review != null, apart, apart > PROBATION_WINDOW_DAYS);
    }

    /** Null when the place starts after the day, or is not on a newly qualified worker's programme (an academy). */
    static ProtectedTime protectedTime(Programme programme, EmploymentHistory history, List<DevelopmentActivity> development,
            LocalDate day) {
        LocalDate to = programme.endedOn() != null && programme.endedOn().isBefore(day) ? programme.endedOn() : day;
        if (to.isBefore(programme.startDate()) || !programme.programme().newlyQualified()) {
            return null;
        }
        BigDecimal dailyShare = FULL_TIME_HOURS.multiply(PROTECTED_SHARE).divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP);
        BigDecimal due = BigDecimal.ZERO;
        for (LocalDate d = programme.startDate(); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                due = due.add(dailyShare.multiply(fte(history, d)));
            }
        }
        BigDecimal weekly = FULL_TIME_HOURS.multiply(PROTECTED_SHARE).multiply(fte(history, to));
        BigDecimal recorded = null;
        if (development != null) {
            recorded = BigDecimal.ZERO;
            for (DevelopmentActivity activity : development) {
                if (activity.workerId().equals(programme.workerId()) && !activity.date().isBefore(programme.startDate())
                        && !activity.date().isAfter(to)) {
                    recorded = recorded.add(activity.hours());
                }
            }
        }
        return new ProtectedTime(programme.startDate(), to, weekly.setScale(1, RoundingMode.HALF_UP),
                due.setScale(1, RoundingMode.HALF_UP), recorded);
    }

    /** The worker's FTE on the day over all their rows in force (both contracts of a worker who holds two). */
    private static BigDecimal fte(EmploymentHistory history, LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (Employment row : history.rowsOn(day)) {
            total = total.add(row.fte());
        }
        return total;
    }

    static State state(Programme programme, Map<ReviewPoint, ProgrammeReview> held, LocalDate day) {
        if (programme.startDate().isAfter(day)) {
            return State.NOT_STARTED;
        }
        if (programme.runningOn(day)) {
            ProgrammeReview latest = held.values().stream().max(Comparator.comparing(ProgrammeReview::heldOn)).orElse(null);
            return latest == null || latest.outcome() == ReviewOutcome.ON_TRACK ? State.ON_TRACK : State.CONCERNS;
        }
        return switch (programme.outcome()) {
            case PASSED -> State.PASSED;
            case LEFT -> State.LEFT;
            case EXTENDED -> State.CONCERNS;
            case FAILED, WITHDRAWN -> State.OTHER_ENDED;
        };
    }

    /**
     * Whether the worker of a place ended {@code passed} on {@code passedOn} stayed: in non-agency employment on that
     * day plus 1 year (measures.md, {@code programme_retention_percent}).
     */
    public static boolean retained(EmploymentHistory history, LocalDate passedOn) {
        return history.inNonAgencyEmploymentOn(passedOn.plusYears(1));
    }

    /** The cohort a place belongs to: its programme and the intake the council names (or none). */
    public record Cohort(ProgrammeKind programme, String cohort) {
    }

    /**
     * One cohort's progress on the day: each worker counted once, by their latest place of the cohort started by the
     * day (an extended place is continued by a new one).
     *
     * @param reviewsOverdue required reviews overdue on the day over the cohort's running places
     */
    public record CohortProgress(Cohort cohort, int people, int onTrack, int concerns, int passed, int left, int otherEnded,
            long reviewsOverdue) {

        public int inProgramme() {
            return onTrack + concerns;
        }
    }

    /** The progress of each cohort among {@code places} (all read on the same day), by programme then cohort. */
    public static List<CohortProgress> cohorts(List<Place> places) {
        Map<Cohort, Map<String, Place>> latest = new TreeMap<>(Comparator.comparing((Cohort c) -> c.programme().ordinal())
                .thenComparing(Cohort::cohort, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Place place : places) {
            if (place.state() == State.NOT_STARTED) {
                continue;
            }
            Programme p = place.programme();
            latest.computeIfAbsent(new Cohort(p.programme(), p.cohort()), c -> new TreeMap<>())
                    .merge(p.workerId(), place, (a, b) -> a.programme().startDate().isAfter(b.programme().startDate()) ? a : b);
        }
        List<CohortProgress> progress = new ArrayList<>();
        latest.forEach((cohort, byWorker) -> {
            int[] counts = new int[State.values().length];
            long overdue = 0;
            for (Place place : byWorker.values()) {
                counts[place.state().ordinal()]++;
            }
            for (Place place : places) {
                Programme p = place.programme();
                if (p.programme() == cohort.programme() && java.util.Objects.equals(p.cohort(), cohort.cohort())
                        && place.state().inProgramme()) {
                    overdue += place.overdueReviews();
                }
            }
            progress.add(new CohortProgress(cohort, byWorker.size(), counts[State.ON_TRACK.ordinal()],
                    counts[State.CONCERNS.ordinal()], counts[State.PASSED.ordinal()], counts[State.LEFT.ordinal()],
                    counts[State.OTHER_ENDED.ordinal()], overdue));
        });
        return progress;
    }

    /**
     * The retention of one intake year: of its places ended {@code passed} by the day, those a year on from passing
     * by the day ({@code known}) and of those the ones {@link #retained}.
     *
     * @param percent 100 × retained / known; null when none is known yet
     */
    public record YearRetention(ProgrammeKind programme, int year, int passed, int known, int retained, Double percent) {
    }

    /**
     * The retention by intake year of the programmes whose retention is measured ({@link ProgrammeSteps#retains}),
     * over places ended {@code passed} on or before the day; the year is the cohort's when it begins with one (such
     * as {@code 2025-09}), otherwise the year the place started.
     */
    public static List<YearRetention> retentionByYear(List<Programme> programmes, ProgrammeSteps steps,
            Function<String, EmploymentHistory> histories, LocalDate day) {
        Map<ProgrammeKind, Map<Integer, int[]>> tally = new EnumMap<>(ProgrammeKind.class);
        for (Programme p : programmes) {
            if (!steps.retains(p.programme()) || p.outcome() != ProgrammeOutcome.PASSED || p.endedOn().isAfter(day)) {
                continue;
            }
            int[] counts = tally.computeIfAbsent(p.programme(), k -> new TreeMap<>()).computeIfAbsent(intakeYear(p), y -> new int[3]);
            counts[0]++;
            if (!p.endedOn().plusYears(1).isAfter(day)) {
                counts[1]++;
                if (retained(histories.apply(p.workerId()), p.endedOn())) {
                    counts[2]++;
                }
            }
        }
        List<YearRetention> years = new ArrayList<>();
        tally.forEach((kind, byYear) -> byYear.forEach((year, c) -> years.add(new YearRetention(kind, year, c[0], c[1], c[2],
                c[1] == 0 ? null : 100.0 * c[2] / c[1]))));
        return years;
    }

    static int intakeYear(Programme programme) {
        String cohort = programme.cohort();
        if (cohort != null && cohort.length() >= 4 && cohort.substring(0, 4).chars().allMatch(Character::isDigit)
                && (cohort.length() == 4 || !Character.isDigit(cohort.charAt(4)))) {
            return Integer.parseInt(cohort.substring(0, 4));
        }
        return programme.startDate().getYear();
    }
}
