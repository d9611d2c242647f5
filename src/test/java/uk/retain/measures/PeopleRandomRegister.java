package uk.retain.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeOutcome;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ReviewOutcome;
import uk.retain.development.ReviewPoint;
import uk.retain.exits.LeavingInterview;
import uk.retain.exits.LeavingReason;
import uk.retain.recruitment.Application;
import uk.retain.recruitment.ApplicationOutcome;
import uk.retain.recruitment.ClosedReason;
import uk.retain.recruitment.Source;
import uk.retain.recruitment.Vacancy;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * Small, valid registers made at random (they pass the bundle reader) with rows of every file of the people,
 * recruitment and agency measures, aimed at the corners of measures.md around the reference dates of {@link #DATES}:
 * ASYE workers with sessions either side of their ASYE start plus 42 days and plus 6 months, sessions of 89 and 90
 * minutes and of other kinds, sessions before the employment start, rejoiners and changes of row on consecutive days,
 * month ends and 29 February, senior managers (also tied with another role on FTE and team), part-time rows with equal
 * FTEs in teams whose order as strings is not their order as numbers ({@code T10} before {@code T2}), an ASYE row
 * beside a row of another role, programmes ended and reviews held on a reference date, passes exactly one and two
 * years before it, leavers with exactly one and two years of service (give or take a day), leaving interviews exactly
 * 60 days either side of a leaving, engagements starting on 2024-10-30/31 and 2025-09-30 / 10-01, after a leaving
 * exactly 3 months before, caps in force or not with pay equal to the cap, notice of 4 and 5 weeks, references on the
 * start day or the day after, vacancies opened exactly 89/90/91 days before and closed on a reference date, stage
 * dates on the year's edges, and {@code history_from} sometimes set on or next to the History rule's edges.
 *
 * <p>The register the test reads back from the bundle is the one to measure; this one only has to be valid.
 */
public final class PeopleRandomRegister {

    /** The reference dates the registers aim at: census days, month ends, 29 February and the day a year after it. */
    static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 9, 30),
            LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 2, 28));

    /** Teams with rows; {@code T4} is a team of the register with nothing in it. */
    static final List<String> TEAMS = List.of("T1", "T10", "T2", "T3");
    static final String REGION = "E12000006";

    private static final LocalDate FIRST = LocalDate.of(2021, 3, 31);
    private static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    private static final List<JobRole> ROLES = List.of(JobRole.SOCIAL_WORKER, JobRole.SOCIAL_WORKER,
            JobRole.SENIOR_SOCIAL_WORKER, JobRole.SENIOR_MANAGER, JobRole.SENIOR_MANAGER, JobRole.TEAM_MANAGER,
            JobRole.ADVANCED_PRACTITIONER, JobRole.ASYE_SOCIAL_WORKER, JobRole.QUALIFIED_WITHOUT_CASES,
            JobRole.PRINCIPAL_SOCIAL_WORKER);

    private final Random random;
    private final List<Worker> workers = new ArrayList<>();
    private final List<Employment> employments = new ArrayList<>();
    private final List<Supervision> supervisions = new ArrayList<>();
    private final List<Programme> programmes = new ArrayList<>();
    private final List<ProgrammeReview> reviews = new ArrayList<>();
    private final List<Vacancy> vacancies = new ArrayList<>();
    private final List<Application> applications = new ArrayList<>();
    private final List<AgencyEngagement> engagements = new ArrayList<>();
    private final List<RateCap> caps = new ArrayList<>();
    private final List<LeavingInterview> interviews = new ArrayList<>();
    /** The day each agency worker's first engagement starts, to aim their qualified_on at it. */
    private final Map<String, LocalDate> firstEngagement = new LinkedHashMap<>();
    /** ASYE starts by worker, to aim sessions at them. */
    private final Map<String, LocalDate> asyeStarts = new LinkedHashMap<>();
    /**
     * ASYE workers whose last counting session up to a reference date is aimed at a boundary of the interval: that
     * session's date L and the reference date; no other session of theirs counts in between.
     */
    private final Map<String, LocalDate[]> aimedSessions = new LinkedHashMap<>();

    private PeopleRandomRegister(long seed) {
        this.random = new Random(seed);
    }

    /** A register with every file. */
    public static Register of(long seed) {
        return new PeopleRandomRegister(seed).register(true);
    }

    /** A register in which each optional file is there or not at random (the required files always are). */
    static Register withSomeFiles(long seed) {
        return new PeopleRandomRegister(seed).register(false);
    }

    private Register register(boolean everyFile) {
        List<Team> teams = new ArrayList<>();
        for (String id : TEAMS) {
            teams.add(new Team(id, "Team " + id, ServiceArea.CHILD_IN_NEED, null));
        }
        teams.add(new Team("T4", "Team with nobody", ServiceArea.OTHER, null));
        int count = 40 + random.nextInt(12);
        for (int w = 1; w <= count; w++) {
            String id = "W" + w;
            int rowsBefore = employments.size();
            switch (random.nextInt(7)) {
                case 0, 1 -> general(id);
                case 2 -> asye(id);
                case 3 -> exactService(id);
                case 4 -> agency(id);
                case 5 -> rejoiner(id);
                default -> tiedRows(id);
            }
            if (employments.size() == rowsBefore) {
                general(id);
            }
        }
        endReasons();
        for (int w = 1; w <= count; w++) {
            String id = "W" + w;
            workers.add(new Worker(id, new SweNumber("SW" + (1000 + w)), "Family" + w, "Given" + w, qualifiedOn(id), null,
                    null, null, null));
            sessions(id, count);
        }
        // Someone who never worked here: a supervisor, an assessor, a candidate who started (worker ids are all it takes).
        workers.add(new Worker("X1", new SweNumber("SW999"), "Outside", "Assessor", null, null, null, null, null));
        programmesOfOthers(count);
        reviews();
        recruitment(count);
        caps();
        interviews();

        String region = random.nextInt(6) == 0 ? null : REGION;
        Authority authority = new Authority("999", "Random people", region, historyFrom());
        Set<BundleFile> files = EnumSet.of(BundleFile.AUTHORITY, BundleFile.TEAMS, BundleFile.WORKERS, BundleFile.EMPLOYMENTS);
        if (everyFile || random.nextBoolean()) {
            files.add(BundleFile.SUPERVISIONS);
        }
        Map<String, List<?>> capability = new LinkedHashMap<>();
        put(capability, "programmes.csv", programmes, everyFile);
        put(capability, "programme_reviews.csv", reviews, everyFile);
        put(capability, "vacancies.csv", vacancies, everyFile);
        if (capability.containsKey("vacancies.csv")) {
            // Applications name vacancies, so they come only with them.
            put(capability, "applications.csv", applications, everyFile);
        }
        put(capability, "agency_engagements.csv", engagements, everyFile);
        put(capability, "agency_rate_caps.csv", caps, everyFile);
        put(capability, "leaving_interviews.csv", interviews, everyFile);
        if (!capability.containsKey("programmes.csv")) {
            capability.remove("programme_reviews.csv");
        }
        return new Register(authority, teams, workers, employments, List.of(), List.of(), List.of(), List.of(),
                files.contains(BundleFile.SUPERVISIONS) ? supervisions : List.of(), files, capability);
    }

    private void put(Map<String, List<?>> files, String name, List<?> rows, boolean everyFile) {
        if (everyFile || random.nextInt(3) != 0) {
            files.put(name, rows);
        }
    }

    // --- Employment patterns: each adds one worker's rows, never more than 1.0 FTE on a day. -------------------------

    /** Spells of one or two rows one after another, back to back, a day apart or with a gap. */
    private void general(String id) {
        LocalDate start = sometimesMonthEnd(day(FIRST, LocalDate.of(2025, 12, 31)));
        for (int piece = 1 + random.nextInt(4); piece > 0 && !start.isAfter(LAST); piece--) {
            LocalDate end = random.nextInt(5) == 0 || piece == 1 && random.nextBoolean() ? null
                    : sometimesMonthEnd(day(start, LAST));
            Contract contract = contract();
            LocalDate last;
            int shape = random.nextInt(6);
            if (shape == 0) {
                last = twoRows(id, contract, contract, start, end);
            } else if (shape == 1) {
                // Agency beside non-agency: the main row among agency rows is not the main row among all rows.
                last = twoRows(id, Contract.AGENCY, random.nextBoolean() ? Contract.PERMANENT : Contract.FIXED_TERM, start, end);
            } else {
                add(id, contract, role(), team(), fte(), start, end);
                last = end;
            }
            if (last == null) {
                return;
            }
            start = last.plusDays(gap());
        }
    }

    /** Two rows from the same day, the second ending on or before the first; equal FTEs half the time. */
    private LocalDate twoRows(String id, Contract first, Contract second, LocalDate start, LocalDate end) {
        BigDecimal fte = random.nextBoolean() ? new BigDecimal("0.5") : new BigDecimal("0.6");
        String team = team();
        add(id, first, role(), team, fte, start, end);
        LocalDate secondStart = random.nextInt(3) == 0 ? day(start, end == null ? start.plusDays(300) : end) : start;
        LocalDate secondEnd = end == null && random.nextBoolean() ? null : day(secondStart, end == null ? LAST : end);
        add(id, second, role(), random.nextInt(3) == 0 ? team : team(), BigDecimal.ONE.subtract(fte), secondStart, secondEnd);
        return end;
    }

    /**
     * Two part-time rows of equal FTE in the same team: the main row is the one that started first, then the role
     * listed first (a senior manager beside a social worker).
     */
    private void tiedRows(String id) {
        LocalDate start = sometimesMonthEnd(day(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)));
        LocalDate end = random.nextBoolean() ? null : day(start.plusDays(30), LAST);
        String team = team();
        Contract contract = random.nextInt(4) == 0 ? Contract.AGENCY : Contract.PERMANENT;
        BigDecimal half = new BigDecimal("0.5");
        add(id, contract, JobRole.SENIOR_MANAGER, team, half, start, end);
        LocalDate secondStart = random.nextBoolean() ? start : start.plusDays(1 + random.nextInt(60));
        if (random.nextBoolean()) {
            secondStart = start.minusDays(1 + random.nextInt(60));
        }
        add(id, contract, random.nextBoolean() ? JobRole.SOCIAL_WORKER : JobRole.ASYE_SOCIAL_WORKER,
                random.nextInt(4) == 0 ? team() : team, half, secondStart, end);
    }

    /**
     * An ASYE: sometimes a row of another role just before (the employment start S before the ASYE start A), ASYE
     * rows from A (two back to back now and then, or beside a row of another role), the programme place, then a
     * social worker's row from the day after it ends, kept a year, a year less a day, or not.
     */
    private void asye(String id) {
        LocalDate d = pick(DATES);
        LocalDate p = switch (random.nextInt(6)) {
            case 0 -> d.minusYears(1);
            case 1 -> d.minusYears(2);
            case 2 -> d.minusYears(2).plusDays(1);
            case 3 -> d;
            case 4 -> LocalDate.of(2024, 2, 29);
            default -> day(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 3, 31));
        };
        LocalDate aimedAt = pick(DATES);
        int aim = random.nextInt(3);
        LocalDate a = switch (random.nextInt(7)) {
            // Aimed: the last counting session on A + 42 days (or the day before) decides between 7 and 14 days for D
            // 50 to 56 days after A; on A + 6 months (or the day before), between 14 days and a month.
            case 5 -> aim == 0 ? aimedAt.minusDays(50 + random.nextInt(7))
                    : aimedAt.minusDays(15 + random.nextInt(14)).minusMonths(6);
            case 6 -> aimedAt.minusDays(15 + random.nextInt(14)).minusMonths(6);
            case 0 -> p.minusYears(1);
            case 1 -> pick(DATES).minusDays(40 + random.nextInt(10));
            case 2 -> pick(DATES).minusMonths(6).plusDays(random.nextInt(3) - 1);
            case 3 -> pick(List.of(LocalDate.of(2023, 8, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29),
                    LocalDate.of(2024, 8, 31), LocalDate.of(2025, 3, 31)));
            default -> p.minusDays(300 + random.nextInt(120));
        };
        if (a.isAfter(p)) {
            p = a.plusDays(random.nextInt(500));
        }
        if (aimedAt.isAfter(a) && aimedAt.isBefore(a.plusMonths(8)) && p.isBefore(aimedAt)) {
            p = aimedAt.plusDays(random.nextInt(300));
        }
        asyeStarts.put(id, a);
        if (aimedAt.isAfter(a.plusDays(49)) && aimedAt.isBefore(a.plusDays(57))) {
            aimedSessions.put(id, new LocalDate[] {a.plusDays(random.nextInt(4) == 0 ? 41 : 42), aimedAt});
        } else if (aimedAt.isAfter(a.plusMonths(6).plusDays(14)) && !aimedAt.isAfter(a.plusMonths(6).plusMonths(1))) {
            aimedSessions.put(id, new LocalDate[] {a.plusMonths(6).minusDays(random.nextInt(4) == 0 ? 1 : 0), aimedAt});
        }
        Contract contract = random.nextInt(6) == 0 ? Contract.AGENCY : Contract.PERMANENT;
        if (random.nextInt(4) == 0) {
            add(id, contract, JobRole.QUALIFIED_WITHOUT_CASES, team(), BigDecimal.ONE, a.minusDays(20 + random.nextInt(200)),
                    a.minusDays(1));
        }
        int shape = random.nextInt(5);
        if (shape == 0) {
            LocalDate middle = day(a, p);
            add(id, contract, JobRole.ASYE_SOCIAL_WORKER, team(), BigDecimal.ONE, a, middle);
            if (middle.isBefore(p)) {
                add(id, contract, JobRole.ASYE_SOCIAL_WORKER, team(), BigDecimal.ONE, middle.plusDays(1), p);
            }
        } else if (shape == 1) {
            // In ASYE beside a larger row of another role: in ASYE whatever the main role.
            add(id, contract, JobRole.ASYE_SOCIAL_WORKER, team(), new BigDecimal("0.4"), a, p);
            add(id, contract, JobRole.SOCIAL_WORKER, team(), new BigDecimal("0.6"), a, p);
        } else if (shape == 2) {
            // A day in another role breaks the ASYE run: A starts again.
            LocalDate middle = day(a, p);
            add(id, contract, JobRole.ASYE_SOCIAL_WORKER, team(), BigDecimal.ONE, a, middle);
            add(id, contract, JobRole.SOCIAL_WORKER, team(), BigDecimal.ONE, middle.plusDays(1), middle.plusDays(1));
            if (middle.plusDays(2).isAfter(p)) {
                p = middle.plusDays(2);
            }
            add(id, contract, JobRole.ASYE_SOCIAL_WORKER, team(), BigDecimal.ONE, middle.plusDays(2), p);
        } else {
            add(id, contract, JobRole.ASYE_SOCIAL_WORKER, team(), BigDecimal.ONE, a, p);
        }
        LocalDate after = switch (random.nextInt(5)) {
            case 0 -> p.plusYears(1);
            case 1 -> p.plusYears(1).minusDays(1);
            case 2 -> day(p.plusDays(1), LAST);
            default -> null;
        };
        if (random.nextInt(8) != 0) {
            add(id, random.nextInt(6) == 0 ? Contract.AGENCY : Contract.PERMANENT, JobRole.SOCIAL_WORKER, team(),
                    BigDecimal.ONE, p.plusDays(random.nextInt(5) == 0 ? 2 : 1), after == null || after.isAfter(p.plusDays(2)) ? after : null);
        }
        ProgrammeKind kind = random.nextInt(5) == 0 ? ProgrammeKind.ECDP : ProgrammeKind.ASYE;
        LocalDate start = random.nextInt(4) == 0 ? a.plusDays(random.nextInt(20)) : a;
        if (start.isAfter(p)) {
            start = a;
        }
        LocalDate ended = random.nextInt(5) == 0 ? null : p;
        ProgrammeOutcome outcome = ended == null ? null : random.nextInt(4) == 0 ? pick(List.of(ProgrammeOutcome.values()))
                : ProgrammeOutcome.PASSED;
        programmes.add(new Programme("PR-" + id, id, kind, random.nextBoolean() ? "2024-09" : null, start,
                random.nextBoolean() ? "X1" : null, null, ended, outcome));
    }

    /** A leaver whose service is one or two years, give or take a day, ending on a reference date's edges. */
    private void exactService(String id) {
        LocalDate d = pick(DATES);
        LocalDate e = switch (random.nextInt(6)) {
            case 0 -> d;
            case 1 -> d.minusYears(1);
            case 2 -> d.minusYears(1).plusDays(1);
            case 3 -> LocalDate.of(2024, 2, 29);
            case 4 -> d.with(TemporalAdjusters.firstDayOfMonth()).minusDays(1);
            default -> day(d.minusYears(1), d);
        };
        int years = 1 + random.nextInt(2);
        LocalDate s = e.minusYears(years).plusDays(random.nextInt(3) - 1);
        int before = random.nextInt(4);
        if (before == 0) {
            // An earlier spell a day or more before: the service start is that of the last run only.
            LocalDate earlier = s.minusDays(2 + random.nextInt(300));
            add(id, Contract.PERMANENT, JobRole.SOCIAL_WORKER, team(), BigDecimal.ONE, earlier.minusDays(200), earlier);
        } else if (before == 1) {
            // An agency row just before does not count as service.
            add(id, Contract.AGENCY, JobRole.SOCIAL_WORKER, team(), BigDecimal.ONE, s.minusDays(100), s.minusDays(1));
        }
        if (random.nextBoolean()) {
            LocalDate middle = day(s, e);
            add(id, contract(false), role(), team(), fte(), s, middle);
            if (middle.isBefore(e)) {
                add(id, contract(false), role(), team(), fte(), middle.plusDays(1), e);
            }
        } else {
            add(id, contract(false), role(), team(), fte(), s, e);
        }
        if (random.nextInt(3) == 0) {
            add(id, contract(), role(), team(), fte(), e.plusDays(2 + random.nextInt(100)), null);
        }
    }

    /**
     * An agency worker, sometimes just after leaving the council's own employment (the cooling-off period), with
     * engagements on and around the dates the agency rules turn on.
     */
    private void agency(String id) {
        LocalDate agencyStart;
        if (random.nextBoolean()) {
            LocalDate left = day(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31));
            if (random.nextBoolean()) {
                left = left.with(TemporalAdjusters.lastDayOfMonth());
            }
            add(id, contract(false), role(), team(), fte(), left.minusDays(100 + random.nextInt(600)), left);
            agencyStart = switch (random.nextInt(4)) {
                case 0 -> left.plusDays(1);
                case 1 -> left.plusMonths(3);
                case 2 -> left.plusMonths(3).plusDays(1);
                default -> left.plusMonths(3).minusDays(1);
            };
        } else {
            agencyStart = pick(List.of(LocalDate.of(2024, 10, 30), LocalDate.of(2024, 10, 31), LocalDate.of(2025, 9, 30),
                    LocalDate.of(2025, 10, 1), day(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 1))));
        }
        LocalDate agencyEnd = random.nextInt(3) == 0 ? null : day(agencyStart, LAST);
        if (random.nextInt(3) == 0) {
            twoRows(id, Contract.AGENCY, Contract.AGENCY, agencyStart, agencyEnd);
        } else if (random.nextInt(3) == 0 && agencyEnd != null && agencyEnd.isAfter(agencyStart)) {
            LocalDate middle = day(agencyStart, agencyEnd.minusDays(1));
            add(id, Contract.AGENCY, role(), team(), fte(), agencyStart, middle);
            add(id, Contract.AGENCY, role(), team(), fte(), middle.plusDays(random.nextBoolean() ? 1 : 3), agencyEnd);
        } else {
            add(id, Contract.AGENCY, role(), team(), fte(), agencyStart, agencyEnd);
        }
        int n = 1 + random.nextInt(3);
        LocalDate start = random.nextInt(4) == 0 ? agencyStart.minusDays(random.nextInt(10)) : agencyStart;
        for (int i = 1; i <= n; i++) {
            LocalDate end = random.nextInt(3) == 0 ? null
                    : random.nextInt(4) == 0 ? pick(DATES) : day(start, start.plusDays(400));
            if (end != null && end.isBefore(start)) {
                end = start;
            }
            engagements.add(engagement(id + "-E" + i, id, start, end));
            firstEngagement.putIfAbsent(id, start);
            if (end == null) {
                break;
            }
            start = random.nextBoolean() ? end.plusDays(1)
                    : pick(List.of(LocalDate.of(2024, 10, 31), LocalDate.of(2025, 10, 1), end.plusDays(1 + random.nextInt(90))));
            if (!start.isAfter(end)) {
                start = end.plusDays(1);
            }
        }
    }

    /** Leaves and comes back: a day out (the next day but one), a short gap or a long one, as agency or not. */
    private void rejoiner(String id) {
        LocalDate start = sometimesMonthEnd(day(FIRST, LocalDate.of(2024, 12, 31)));
        for (int spell = 0; spell < 2 + random.nextInt(3) && !start.isAfter(LAST); spell++) {
            LocalDate end = spell > 1 && random.nextBoolean() ? null : sometimesMonthEnd(day(start, start.plusDays(500)));
            add(id, spell == 1 && random.nextInt(3) == 0 ? Contract.AGENCY : contract(false), role(), team(), fte(), start, end);
            if (end == null) {
                return;
            }
            start = end.plusDays(pick(List.of(2, 2, 3, 30, 92, 200)));
        }
    }

    private Employment add(String id, Contract contract, JobRole role, String team, BigDecimal fte, LocalDate start,
            LocalDate end) {
        Employment row = new Employment(id, contract, role, team, null, fte, start, end, null, null);
        employments.add(row);
        return row;
    }

    /** The end_reason rule: a non-agency row is a leaving, and carries a reason, exactly when nothing non-agency follows. */
    private void endReasons() {
        for (int i = 0; i < employments.size(); i++) {
            Employment row = employments.get(i);
            if (row.contract() == Contract.AGENCY || row.endDate() == null) {
                continue;
            }
            if (!inNonAgencyEmployment(row.workerId(), row.endDate().plusDays(1))) {
                employments.set(i, new Employment(row.workerId(), row.contract(), row.jobRole(), row.teamId(), null,
                        row.fte(), row.startDate(), row.endDate(), 1 + random.nextInt(10), null));
            }
        }
    }

    private boolean inNonAgencyEmployment(String id, LocalDate day) {
        for (Employment row : employments) {
            if (row.workerId().equals(id) && row.contract() != Contract.AGENCY && row.inForceOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** The days the worker leaves: a non-agency row's end with no non-agency employment the next day. */
    private List<LocalDate> leavings(String id) {
        List<LocalDate> days = new ArrayList<>();
        for (Employment row : employments) {
            if (row.workerId().equals(id) && row.contract() != Contract.AGENCY && row.endDate() != null
                    && !inNonAgencyEmployment(id, row.endDate().plusDays(1)) && !days.contains(row.endDate())) {
                days.add(row.endDate());
            }
        }
        return days;
    }

    private LocalDate qualifiedOn(String id) {
        LocalDate engagement = firstEngagement.get(id);
        if (engagement != null && random.nextInt(4) != 0) {
            return engagement.minusYears(3).plusDays(random.nextInt(3) - 1);
        }
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> day(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1));
            default -> day(LocalDate.of(1995, 1, 1), LocalDate.of(2021, 12, 31));
        };
    }

    // --- Supervision sessions ---------------------------------------------------------------------------------------

    /**
     * Sessions at random, of every kind and of 89 or 90 minutes and more; sessions timed so that the next is due on,
     * the day before or the day after a reference date; for an ASYE worker, sessions either side of A + 42 days and
     * A + 6 months, and one before A.
     */
    private void sessions(String id, int workerCount) {
        List<Employment> rows = employments.stream().filter(row -> row.workerId().equals(id)).toList();
        if (rows.isEmpty()) {
            return;
        }
        LocalDate from = rows.stream().map(Employment::startDate).min(LocalDate::compareTo).orElseThrow().minusDays(40);
        for (int i = random.nextInt(6); i > 0; i--) {
            session(id, day(from, LAST), workerCount);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate d = pick(DATES);
            LocalDate date = switch (random.nextInt(6)) {
                case 0 -> d.minusDays(6 + random.nextInt(3));
                case 1 -> d.minusDays(13 + random.nextInt(3));
                case 2 -> d.minusMonths(1).plusDays(random.nextInt(3) - 1);
                case 3 -> d;
                case 4 -> d.plusDays(1);
                default -> d.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            };
            session(id, date, workerCount);
        }
        LocalDate[] aimed = aimedSessions.get(id);
        if (aimed != null) {
            supervisions.add(new Supervision(id, "X1", aimed[0], SupervisionKind.ONE_TO_ONE, 90));
        }
        LocalDate a = asyeStarts.get(id);
        if (a != null) {
            for (int i = random.nextInt(4); i > 0; i--) {
                LocalDate date = switch (random.nextInt(5)) {
                    case 0 -> a.plusDays(41);
                    case 1 -> a.plusDays(42);
                    case 2 -> a.plusMonths(6).minusDays(1);
                    case 3 -> a.plusMonths(6);
                    default -> a.minusDays(1 + random.nextInt(10));
                };
                session(id, date, workerCount);
            }
        }
    }

    private void session(String id, LocalDate date, int workerCount) {
        SupervisionKind kind = random.nextInt(5) == 0 ? pick(List.of(SupervisionKind.GROUP, SupervisionKind.REFLECTIVE))
                : SupervisionKind.ONE_TO_ONE;
        int minutes = pick(List.of(89, 90, 90, 91, 120, 60));
        LocalDate[] aimed = aimedSessions.get(id);
        if (aimed != null && date.isAfter(aimed[0]) && !date.isAfter(aimed[1])) {
            minutes = 89;
        }
        String supervisor = random.nextInt(10) == 0 ? "X1" : "W" + (1 + random.nextInt(workerCount));
        supervisions.add(new Supervision(id, supervisor, date, kind, minutes));
    }

    // --- Programmes and reviews -------------------------------------------------------------------------------------

    /** Places of workers who are not (or no longer) in ASYE: academies, places running after the worker left. */
    private void programmesOfOthers(int workerCount) {
        for (int i = random.nextInt(6); i > 0; i--) {
            String worker = "W" + (1 + random.nextInt(workerCount));
            LocalDate start = sometimesMonthEnd(day(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 31)));
            LocalDate ended = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> pick(DATES).isBefore(start) ? start : pick(DATES);
                default -> day(start, start.plusDays(500));
            };
            if (ended != null && ended.isBefore(start)) {
                ended = start;
            }
            programmes.add(new Programme("PX" + i, worker, pick(List.of(ProgrammeKind.values())), null, start, null,
                    random.nextBoolean() ? start.plusMonths(6) : null, ended,
                    ended == null ? null : pick(List.of(ProgrammeOutcome.values()))));
        }
    }

    /** Reviews near their due day, on a reference date or the day after it, at most one per place and review. */
    private void reviews() {
        for (Programme programme : programmes) {
            for (ReviewPoint point : ReviewPoint.values()) {
                if (random.nextInt(10) < 3) {
                    continue;
                }
                int months = switch (point) {
                    case THREE_MONTH -> 3;
                    case SIX_MONTH -> 6;
                    case NINE_MONTH -> 9;
                    default -> 12;
                };
                LocalDate due = programme.startDate().plusMonths(months);
                LocalDate held = switch (random.nextInt(4)) {
                    case 0 -> pick(DATES);
                    case 1 -> pick(DATES).plusDays(1);
                    default -> due.plusDays(random.nextInt(41) - 20);
                };
                if (held.isBefore(programme.startDate())) {
                    held = programme.startDate();
                }
                reviews.add(new ProgrammeReview(programme.programmeId(), point, held, pick(List.of(ReviewOutcome.values()))));
            }
        }
    }

    // --- Vacancies and applications ---------------------------------------------------------------------------------

    private void recruitment(int workerCount) {
        int count = 15 + random.nextInt(20);
        for (int v = 1; v <= count; v++) {
            LocalDate d = pick(DATES);
            LocalDate opened = switch (random.nextInt(7)) {
                case 0 -> d.minusDays(90);
                case 1 -> d.minusDays(91);
                case 2 -> d.minusDays(89);
                case 3 -> d;
                default -> day(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 2, 28));
            };
            LocalDate closed = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> d.isBefore(opened) ? opened : d;
                case 2 -> opened;
                default -> opened.plusDays(random.nextInt(300));
            };
            ClosedReason reason = closed == null ? null : random.nextInt(5) < 3 ? ClosedReason.FILLED
                    : pick(List.of(ClosedReason.WITHDRAWN, ClosedReason.READVERTISED));
            vacancies.add(new Vacancy("V" + v, team(), role(), null, opened, closed, reason));
        }
        for (int a = 1; a <= 30 + random.nextInt(40); a++) {
            applications.add(application("A" + a, "V" + (1 + random.nextInt(count)), workerCount));
        }
    }

    /** Stages one after another (some on the same day, some on a year's edge), with an outcome that agrees with them. */
    private Application application(String id, String vacancy, int workerCount) {
        LocalDate d = pick(DATES);
        LocalDate[] stages = new LocalDate[6];
        stages[0] = switch (random.nextInt(5)) {
            case 0 -> d.minusYears(1);
            case 1 -> d.minusYears(1).plusDays(1);
            case 2 -> d;
            default -> day(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 31));
        };
        int reached = random.nextInt(6);
        for (int i = 1; i <= reached; i++) {
            stages[i] = switch (random.nextInt(6)) {
                case 0 -> stages[i - 1];
                case 1 -> d.isBefore(stages[i - 1]) ? stages[i - 1] : d;
                case 2 -> d.plusDays(1).isBefore(stages[i - 1]) ? stages[i - 1] : d.plusDays(1);
                default -> stages[i - 1].plusDays(random.nextInt(40));
            };
        }
        ApplicationOutcome outcome;
        if (reached == 5) {
            outcome = ApplicationOutcome.STARTED;
        } else if (reached == 3 && random.nextBoolean()) {
            outcome = ApplicationOutcome.OFFER_DECLINED;
        } else {
            outcome = pick(List.of(ApplicationOutcome.IN_PROGRESS, ApplicationOutcome.REJECTED, ApplicationOutcome.WITHDRAWN));
        }
        return new Application(id, vacancy, "CAND" + random.nextInt(50), pick(List.of(Source.values()).subList(0, 5)),
                stages[0], stages[1], stages[2], stages[3], stages[4], stages[5], outcome,
                outcome == ApplicationOutcome.OFFER_DECLINED && random.nextBoolean() ? "pay, too far" : null,
                outcome == ApplicationOutcome.STARTED ? "W" + (1 + random.nextInt(workerCount)) : null);
    }

    // --- Agency -----------------------------------------------------------------------------------------------------

    private AgencyEngagement engagement(String id, String worker, LocalDate start, LocalDate end) {
        JobType jobType = pick(List.of(JobType.values()));
        BigDecimal pay = random.nextInt(3) == 0 ? capOf(jobType) : pick(List.of(new BigDecimal("30"),
                new BigDecimal("35.00"), new BigDecimal("40.00"), new BigDecimal("45.5"), new BigDecimal("47.25")));
        BigDecimal charge = random.nextInt(5) == 0 ? pay : pay.add(pick(List.of(new BigDecimal("7.25"), new BigDecimal("12"),
                new BigDecimal("15.33"))));
        LocalDate reference = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> start;
            case 2 -> start.plusDays(1);
            default -> start.minusDays(1 + random.nextInt(30));
        };
        boolean approved = random.nextInt(4) == 0;
        return new AgencyEngagement(id, worker, pick(List.of("Acme Locums", "Northern Care Staff")), jobType, start, end,
                pick(List.of(new BigDecimal("37"), new BigDecimal("37.5"), new BigDecimal("22.5"), new BigDecimal("60"))),
                pay, charge, pick(List.of(0, 1, 4, 4, 5, 12)), reference,
                random.nextInt(3) == 0 ? random.nextBoolean() : null,
                approved ? "Director of Children's Services" : null, approved ? "no one else could cover" : null);
    }

    /** The pay a cap allows for the job type (the caps use the same table). */
    private static BigDecimal capOf(JobType jobType) {
        return switch (jobType) {
            case SOCIAL_WORKER -> new BigDecimal("35.00");
            case SENIOR_SOCIAL_WORKER -> new BigDecimal("40");
            case ADVANCED_PRACTITIONER -> new BigDecimal("45.50");
            case TEAM_MANAGER -> new BigDecimal("47.25");
            case IRO_CP_CHAIR -> new BigDecimal("40.00");
        };
    }

    /**
     * For each job type, in the authority's region: no cap, one from 2025-10-01 on, one to 2026-03-31 and a lower
     * one after, or one from 2025-11-01 only (not in force on 2025-10-01); and a lower cap in another region.
     */
    private void caps() {
        for (JobType jobType : JobType.values()) {
            BigDecimal max = capOf(jobType);
            switch (random.nextInt(4)) {
                case 0 -> { }
                case 1 -> caps.add(new RateCap(REGION, jobType, LocalDate.of(2025, 10, 1), null, max));
                case 2 -> {
                    caps.add(new RateCap(REGION, jobType, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31), max));
                    caps.add(new RateCap(REGION, jobType, LocalDate.of(2026, 4, 1), null, max.subtract(BigDecimal.TEN)));
                }
                default -> caps.add(new RateCap(REGION, jobType, LocalDate.of(2025, 11, 1), null, max));
            }
            if (random.nextBoolean()) {
                caps.add(new RateCap("E12000007", jobType, LocalDate.of(2025, 10, 1), null, new BigDecimal("20")));
            }
        }
    }

    // --- Leaving interviews -----------------------------------------------------------------------------------------

    /** Interviews with leavers exactly 60 days before or after the leaving, on the day, or between. */
    private void interviews() {
        for (Worker worker : workers) {
            for (LocalDate leaving : leavings(worker.workerId())) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                LocalDate held = leaving.plusDays(pick(List.of(-60, 60, 0, -1, 1, random.nextInt(121) - 60)));
                interviews.add(new LeavingInterview(worker.workerId(), held, pick(List.of(LeavingReason.values()).subList(0, 6)),
                        random.nextBoolean() ? List.of(LeavingReason.PAY, LeavingReason.TRAVEL) : List.of(),
                        random.nextBoolean() ? Boolean.TRUE : null, random.nextBoolean() ? Boolean.FALSE : null));
            }
        }
    }

    // --- History ----------------------------------------------------------------------------------------------------

    /** Empty two times in five, else on or next to an edge of the History rule for one of the reference dates. */
    private LocalDate historyFrom() {
        if (random.nextInt(5) < 2) {
            return null;
        }
        LocalDate d = pick(DATES);
        return switch (random.nextInt(10)) {
            case 0, 8 -> d;
            case 9 -> d.minusYears(1).plusDays(1);
            case 1 -> d.plusDays(1);
            case 2 -> d.minusYears(1);
            case 3 -> d.minusYears(1).plusDays(1);
            case 4 -> d.minusYears(1).plusDays(2);
            case 5 -> d.minusYears(2);
            case 6 -> d.minusYears(2).plusDays(1);
            default -> day(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 3, 1));
        };
    }

    // --- Picking ----------------------------------------------------------------------------------------------------

    private Contract contract() {
        return contract(true);
    }

    private Contract contract(boolean agency) {
        int choice = random.nextInt(agency ? 4 : 3);
        return choice == 3 ? Contract.AGENCY : choice == 0 ? Contract.FIXED_TERM : Contract.PERMANENT;
    }

    private JobRole role() {
        return pick(ROLES);
    }

    private String team() {
        return pick(TEAMS);
    }

    private BigDecimal fte() {
        return pick(List.of(BigDecimal.ONE, new BigDecimal("0.8"), new BigDecimal("0.5")));
    }

    private int gap() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> 1;
            case 2 -> 2;
            default -> 3 + random.nextInt(200);
        };
    }

    private LocalDate sometimesMonthEnd(LocalDate day) {
        return random.nextInt(4) == 0 ? day.with(TemporalAdjusters.lastDayOfMonth()) : day;
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return from;
        }
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
