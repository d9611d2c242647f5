package uk.retain.development.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeProgress;
import uk.retain.development.ProgrammeProgress.Place;
import uk.retain.development.ProgrammeProgress.ReviewRow;
import uk.retain.development.ProgrammeProgress.ReviewState;
import uk.retain.development.ProgrammeProgress.State;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammeSteps;
import uk.retain.development.ProgrammesFile;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.web.Column;
import uk.retain.web.Days;
import uk.retain.web.Tag;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * Reads the programme places of a register on a day into what the programme pages show, and decides which places a
 * viewer may see by name: a social worker their own, a team manager the workers in their teams on the day, the
 * workforce lead and HR the authority's. A senior leader sees each cohort's counts and no name, a regional analyst
 * nothing (the counts of a cohort are few people).
 */
@Component
class ProgrammeViews {

    private final ProgrammeTexts texts;
    private final CaseloadPolicies policies;
    private final ProgrammeSteps steps = ProgrammeSteps.CONTRACT;

    ProgrammeViews(ProgrammeTexts texts, CaseloadPolicies policies) {
        this.texts = texts;
        this.policies = policies;
    }

    /** Whether the viewer may see one worker's programme on a day, given the teams the worker is in that day. */
    static boolean seesProgrammeOf(Viewer viewer, String laCode, String workerId, Set<String> teamsOnDate) {
        return switch (viewer.role()) {
            case SOCIAL_WORKER, TEAM_MANAGER, WORKFORCE_LEAD, HR -> viewer.seesWorker(laCode, workerId, teamsOnDate);
            default -> false;
        };
    }

    /** Whether the viewer may open the cohort progress page: the roles that see people or aggregates of the authority. */
    static boolean seesCohorts(Viewer viewer) {
        return switch (viewer.role()) {
            case TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER -> true;
            default -> false;
        };
    }

    /** Whether the cohort page names the people in each cohort for the viewer (a senior leader sees counts only). */
    static boolean namesPeople(Viewer viewer) {
        return viewer.role() != Role.SENIOR_LEADER;
    }

    /** The ids of the teams the worker has a row in on the day. */
    static Set<String> teamsOn(Register register, String workerId, LocalDate day) {
        return register.employments().stream().filter(row -> row.workerId().equals(workerId) && row.inForceOn(day))
                .map(Employment::teamId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** One worker's programme, on a day. */
    record WorkerProgramme(String workerId, String name, boolean hasFile, List<PlaceView> places, LoadView load) {
    }

    /** A place, in words. */
    record PlaceView(String programmeId, String programme, String cohort, String start, String assessor, String ended,
            String outcome, Tag state, List<ReviewView> reviews, String probation, boolean probationWarning,
            String protectedTime, String development, boolean developmentShort, boolean running) {
    }

    /** A review point of a place, in words. */
    record ReviewView(String review, String due, String held, String outcome, Tag state) {
    }

    /** The worker's caseload against the caseload policy's ASYE cap. */
    record LoadView(String text, boolean overCap) {
    }

    /** The short account of a worker's programme on their worker page. */
    record Summary(String workerId, String text, boolean late, String link) {
    }

    private static String name(Worker worker) {
        return worker.fullName();
    }

    private static Map<String, EmploymentHistory> histories(Register register) {
        Map<String, List<Employment>> rows = new HashMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, EmploymentHistory> histories = new HashMap<>();
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        return histories;
    }

    private List<Place> places(Register register, Predicate<Programme> which, LocalDate day) {
        Map<String, EmploymentHistory> histories = histories(register);
        List<DevelopmentActivity> development = register.has(DevelopmentFile.class) ? register.rows(DevelopmentFile.class) : null;
        Map<String, List<ProgrammeReview>> reviews = new HashMap<>();
        for (ProgrammeReview review : register.<ProgrammeReview>rows(ProgrammeReviewsFile.class)) {
            reviews.computeIfAbsent(review.programmeId(), id -> new ArrayList<>()).add(review);
        }
        List<Place> places = new ArrayList<>();
        for (Programme programme : register.<Programme>rows(ProgrammesFile.class)) {
            if (which.test(programme)) {
                places.add(ProgrammeProgress.of(programme, reviews.getOrDefault(programme.programmeId(), List.of()), steps,
                        histories.getOrDefault(programme.workerId(), EmploymentHistory.none()), development, day));
            }
        }
        return places;
    }

    /** The worker's places started by the day, newest first; empty when the register has no such worker. */
    Optional<WorkerProgramme> of(Register register, String workerId, LocalDate day) {
        Map<String, Worker> workers = register.workers().stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));
        Worker worker = workers.get(workerId);
        if (worker == null) {
            return Optional.empty();
        }
        List<Place> places = new ArrayList<>(places(register, p -> p.workerId().equals(workerId) && !p.startDate().isAfter(day), day));
        places.sort(Comparator.comparing((Place p) -> p.programme().startDate()).reversed());
        List<PlaceView> views = places.stream().map(place -> view(place, workers)).toList();
        return Optional.of(new WorkerProgramme(workerId, name(worker), register.has(ProgrammesFile.class), views,
                load(register, workerId, day)));
    }

    private PlaceView view(Place place, Map<String, Worker> workers) {
        Programme p = place.programme();
        Worker assessor = p.assessorId() == null ? null : workers.get(p.assessorId());
        String assessorName = p.assessorId() == null ? null : assessor == null ? p.assessorId() : name(assessor);
        List<ReviewView> reviews = place.reviews().stream().map(this::review).toList();
        String probation = null;
        boolean warning = false;
        if (place.probation() != null) {
            var check = place.probation();
            warning = check.warning();
            probation = texts.text(check.reviewHeld() ? "programme.probation.held" : "programme.probation.due",
                    Days.written(check.probationEnd()), Days.written(check.sixMonthReview()), check.daysApart(),
                    ProgrammeProgress.PROBATION_WINDOW_DAYS);
        }
        String protectedTime = null;
        String development = null;
        boolean developmentShort = false;
        if (place.protectedTime() != null) {
            var time = place.protectedTime();
            protectedTime = texts.text("programme.protected.text", plain(time.weeklyHours()), plain(time.dueHours()),
                    Days.written(time.from()), Days.written(time.to()));
            development = time.recordedHours() == null ? texts.text("programme.protected.noFile")
                    : texts.text("programme.protected.recorded", plain(time.recordedHours()));
            developmentShort = time.belowDue();
        }
        return new PlaceView(p.programmeId(), texts.of("programme.kind", p.programme()),
                p.cohort() == null ? texts.text("programme.none") : p.cohort(), Days.written(p.startDate()),
                assessorName == null ? texts.text("programme.notRecorded") : assessorName, Days.written(p.endedOn()),
                texts.of("programme.outcome", p.outcome()), stateTag(place.state()), reviews, probation, warning,
                protectedTime, development, developmentShort, place.state().inProgramme());
    }

    private ReviewView review(ReviewRow row) {
        String state = switch (row.state()) {
            case HELD_LATE -> texts.text("programme.review.state.held_late", row.daysLate());
            case OVERDUE -> texts.text("programme.review.state.overdue", row.daysLate());
            default -> texts.of("programme.review.state", row.state());
        };
        String colour = switch (row.state()) {
            case HELD -> "green";
            case HELD_LATE -> "yellow";
            case OVERDUE -> "red";
            case NOT_HELD, UPCOMING -> "grey";
        };
        String due = row.due() == null ? texts.text("programme.none")
                : Days.written(row.due()) + (row.required() ? "" : " " + texts.text("programme.review.optional"));
        return new ReviewView(texts.of("programme.review", row.review()), due,
                row.heldOn() == null ? texts.text("programme.review.notHeld") : Days.written(row.heldOn()),
                row.outcome() == null ? "" : texts.of("programme.reviewOutcome", row.outcome()), new Tag(state, colour));
    }

    private Tag stateTag(State state) {
        String colour = switch (state) {
            case ON_TRACK, PASSED -> "green";
            case CONCERNS -> "orange";
            case LEFT, OTHER_ENDED -> "grey";
            case NOT_STARTED -> "blue";
        };
        return new Tag(texts.of("programme.state", state), colour);
    }

    /** The worker's load on the day against their cap and the policy's ASYE cap; null when not in employment then. */
    private LoadView load(Register register, String workerId, LocalDate day) {
        CaseloadPolicy policy = policies.of(register.authority().laCode());
        WorkerLoad load = Caseloads.of(register, policy, day).workers().get(workerId);
        if (load == null) {
            return null;
        }
        String text = load.role().newlyQualified()
                ? texts.text("programme.load.asye", load.cases(), load.cap(), policy.asyeCap(), plain(load.fte()))
                : texts.text("programme.load.other", load.cases(), load.cap(), policy.asyeCap());
        return new LoadView(text, load.cases() > load.cap());
    }

    /** The summary a worker page shows: null when the worker has no place started by the day. */
    Summary summary(Register register, String workerId, LocalDate day) {
        List<Place> places = new ArrayList<>(places(register, p -> p.workerId().equals(workerId) && !p.startDate().isAfter(day), day));
        if (places.isEmpty()) {
            return null;
        }
        Place latest = places.stream().max(Comparator.comparing((Place p) -> p.programme().startDate())).orElseThrow();
        Programme p = latest.programme();
        long overdue = latest.overdueReviews();
        String text = texts.text("programme.summary.text", texts.of("programme.kind", p.programme()),
                p.cohort() == null ? texts.text("programme.none") : p.cohort(), Days.written(p.startDate()),
                texts.of("programme.state", latest.state()))
                + (overdue > 0 ? " " + texts.text("programme.summary.overdue", overdue) : "");
        return new Summary(workerId, text, overdue > 0, "/workers/" + workerId + "/programme");
    }

    /** A place as the cohort page lists it. */
    record PlaceRow(String workerId, String name, String programme, String cohort, LocalDate start, Tag state,
            Long reviewsOverdue, LocalDate nextReview, String probation) {
    }

    static List<Column<PlaceRow>> placeColumns() {
        return List.of(
                Column.text("name", "programmes.places.name", PlaceRow::name).linkedTo(row -> "/workers/" + row.workerId() + "/programme"),
                Column.text("programme", "programmes.places.programme", PlaceRow::programme),
                Column.text("cohort", "programmes.places.cohort", PlaceRow::cohort),
                Column.text("start", "programmes.places.start", PlaceRow::start),
                Column.text("state", "programmes.places.state", PlaceRow::state),
                Column.number("reviews_overdue", "programmes.places.overdue", PlaceRow::reviewsOverdue),
                Column.text("next_review", "programmes.places.nextReview", PlaceRow::nextReview),
                Column.text("probation", "programmes.places.probation", PlaceRow::probation));
    }

    /** One cohort's counts, in words where words are needed. */
    record CohortRow(String programme, String cohort, int people, int inProgramme, int onTrack, int concerns, int passed,
            int left, int otherEnded, long reviewsOverdue) {
    }

    /** One intake year's retention, in words. */
    record RetentionRow(String programme, int year, int passed, int known, int retained, String percent) {
    }

    /** The cohort page: counts over the places in the viewer's scope, and those places by name when it names people. */
    record Cohorts(List<CohortRow> cohorts, List<RetentionRow> retention, List<PlaceRow> places, boolean hasFile) {
    }

    /**
     * The cohorts on the day over the places {@code inScope} (a team manager's: the workers in their teams on the day;
     * the whole-authority roles': every place).
     */
    Cohorts cohorts(Register register, Predicate<String> inScope, LocalDate day) {
        Map<String, Worker> workers = register.workers().stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));
        List<Place> places = places(register, p -> inScope.test(p.workerId()), day);
        List<CohortRow> cohorts = ProgrammeProgress.cohorts(places).stream().map(c -> new CohortRow(
                texts.of("programme.kind", c.cohort().programme()),
                c.cohort().cohort() == null ? texts.text("programme.none") : c.cohort().cohort(), c.people(), c.inProgramme(),
                c.onTrack(), c.concerns(), c.passed(), c.left(), c.otherEnded(), c.reviewsOverdue())).toList();
        Map<String, EmploymentHistory> histories = histories(register);
        List<RetentionRow> retention = ProgrammeProgress.retentionByYear(
                register.<Programme>rows(ProgrammesFile.class).stream().filter(p -> inScope.test(p.workerId())).toList(), steps,
                id -> histories.getOrDefault(id, EmploymentHistory.none()), day).stream()
                .map(r -> new RetentionRow(texts.of("programme.kind", r.programme()), r.year(), r.passed(), r.known(), r.retained(),
                        r.percent() == null ? texts.text("programmes.retention.notYet")
                                : texts.text("programmes.retention.percent", uk.retain.web.charts.Figures.oneDecimalPlain(r.percent()))))
                .toList();
        // Those still in their programme first, the latest intake first: who needs attention now.
        List<PlaceRow> rows = places.stream().filter(place -> place.state() != State.NOT_STARTED)
                .sorted(Comparator.comparing((Place place) -> !place.state().inProgramme())
                        .thenComparing(place -> place.programme().startDate(), Comparator.reverseOrder()))
                .map(place -> {
            Programme p = place.programme();
            Worker worker = workers.get(p.workerId());
            LocalDate next = place.state().inProgramme() ? place.reviews().stream()
                    .filter(r -> r.state() == ReviewState.UPCOMING && r.required()).map(ReviewRow::due).min(Comparator.naturalOrder())
                    .orElse(null) : null;
            String probation = place.probation() != null && place.probation().warning() ? texts.text("programmes.places.probationWarning")
                    : "";
            return new PlaceRow(p.workerId(), worker == null ? p.workerId() : name(worker), texts.of("programme.kind", p.programme()),
                    p.cohort() == null ? "" : p.cohort(), p.startDate(), stateTag(place.state()),
                    place.state().inProgramme() ? place.overdueReviews() : null, next, probation);
        }).toList();
        return new Cohorts(cohorts, retention, rows, register.has(ProgrammesFile.class));
    }

    /** A number without trailing zeros (1.0 FTE is 1), never in exponent form. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
