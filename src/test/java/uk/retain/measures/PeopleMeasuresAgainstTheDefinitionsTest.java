package uk.retain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.agency.AgencyCheck;
import uk.retain.agency.AgencyChecks;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * Holds the people, recruitment and agency measures of {@link RegisterMeasures} (with the History rule) and
 * {@link AgencyChecks#all} to {@link NaivePeopleMeasures}, the definitions of measures.md worked out day by day, on
 * registers made at random to reach the corners ({@link PeopleRandomRegister}): each is written as a bundle and read
 * back, so it is valid and measured as the {@code measures} command would measure it, for the authority and every
 * team on each of {@link PeopleRandomRegister#DATES} (census days, month ends, 29 February).
 */
class PeopleMeasuresAgainstTheDefinitionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24})
    void registersWithEveryFileFollowTheDefinitions(long seed) throws IOException {
        Register register = readBack(PeopleRandomRegister.of(seed), "seed " + seed);
        assertThat(differences("seed " + seed, register)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108})
    void registersWithoutSomeFilesFollowTheDefinitions(long seed) throws IOException {
        Register register = readBack(PeopleRandomRegister.withSomeFiles(seed), "seed " + seed);
        assertThat(differences("seed " + seed + " (some files)", register)).isEmpty();
    }

    @Test
    void withOnlyTheRequiredFilesOnlyStabilityAndTheLeaversByServiceAreGiven() throws IOException {
        Register full = PeopleRandomRegister.of(7);
        Register bare = Register.of(new uk.retain.workforce.Authority("999", "Bare", null)).teams(full.teams())
                .workers(full.workers()).employments(full.employments()).build();
        Register register = readBack(bare, "bare");
        LocalDate date = LocalDate.of(2025, 9, 30);

        assertThat(differences("bare", register)).isEmpty();
        Map<String, Object> authority = RegisterMeasures.of(register).forAuthority(date);
        for (String name : NaivePeopleMeasures.NAMES) {
            boolean given = name.equals("stability_index_percent") || name.startsWith("leavers_under_");
            assertThat(authority.get(name)).as(name).matches(value -> given == (value != null));
        }
        RegisterMeasures.of(register).byTeam(date).forEach((team, measures) -> {
            assertThat(measures.get("leavers_under_1y_service")).as(team).isInstanceOf(Integer.class);
            assertThat(measures.get("supervision_due_headcount")).as(team).isNull();
            assertThat(measures.get("applications_by_source")).as(team).isNull();
        });
        assertThat(AgencyChecks.all(register)).isEmpty();
    }

    /**
     * A comparison is only worth as much as what it compares: across the seeds the registers reach the corners the
     * generator aims at, and the figures are not all zeros, nulls and {}.
     */
    @Test
    void theRegistersReachTheCorners() throws IOException {
        Corners corners = new Corners();
        for (long seed = 1; seed <= 24; seed++) {
            corners.look(readBack(PeopleRandomRegister.of(seed), "seed " + seed));
        }
        assertThat(corners.found).containsOnlyKeys(Corners.ALL).allSatisfy((corner, count) ->
                assertThat(count).as(corner).isPositive());
    }

    // --- Comparing --------------------------------------------------------------------------------------------------

    private Register readBack(Register generated, String name) throws IOException {
        Path folder = dir.resolve(name.replace(' ', '-'));
        BundleWriter.writeFolder(generated, folder);
        try {
            return Bundles.read(folder);
        } catch (InvalidBundleException e) {
            throw new AssertionError(name + ": the generated bundle is not valid:\n" + e.report(), e);
        }
    }

    /** Every difference between production and the definitions, named, on every date, for the authority and each team. */
    static List<String> differences(String where, Register register) {
        List<String> differences = new ArrayList<>();
        RegisterMeasures measures = RegisterMeasures.of(register);
        List<String> teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
        for (LocalDate date : PeopleRandomRegister.DATES) {
            NaivePeopleMeasures naive = new NaivePeopleMeasures(register, date);
            differences.addAll(differences(where + ", authority on " + date, naive.of(null), measures.forAuthority(date)));
            Map<String, Map<String, Object>> byTeam = measures.byTeam(date);
            if (!new ArrayList<>(byTeam.keySet()).equals(teamIds)) {
                differences.add(where + " on " + date + ": the teams are " + byTeam.keySet() + ", the register's are " + teamIds);
            }
            for (String team : teamIds) {
                differences.addAll(differences(where + ", " + team + " on " + date, naive.of(team),
                        byTeam.getOrDefault(team, Map.of())));
            }
        }
        List<Map<String, Object>> expected = new NaivePeopleMeasures(register, PeopleRandomRegister.DATES.get(0)).agencyChecks();
        List<Map<String, Object>> actual = new ArrayList<>();
        for (AgencyChecks.Checked checked : AgencyChecks.all(register)) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("engagement_id", checked.engagement().engagementId());
            one.put("checked", checked.checked());
            one.put("failed", checked.failed().stream().map(AgencyCheck::code).sorted().toList());
            one.put("approved", checked.engagement().approved());
            actual.add(one);
        }
        if (expected.size() != actual.size()) {
            differences.add(where + ": agency-checks gives " + actual.size() + " engagements, the definition " + expected.size());
        } else {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    differences.add(where + ": agency-checks gives " + actual.get(i) + ", the definition gives " + expected.get(i));
                }
            }
        }
        return differences;
    }

    private static List<String> differences(String where, Map<String, Object> expected, Map<String, Object> actual) {
        List<String> differences = new ArrayList<>();
        for (String name : NaivePeopleMeasures.NAMES) {
            if (!actual.containsKey(name)) {
                differences.add(where + ": " + name + " is missing");
            } else if (!same(expected.get(name), actual.get(name))) {
                differences.add(where + ": " + name + " is " + shown(actual.get(name)) + ", the definition gives "
                        + shown(expected.get(name)));
            }
        }
        return differences;
    }

    /** The same value of the same JSON type: doubles to within rounding (sums in another order), the rest exactly. */
    private static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Double e && actual instanceof Double a) {
            return Math.abs(e - a) <= 1e-9 * Math.max(1, Math.abs(e));
        }
        if (expected instanceof Map<?, ?> && actual instanceof Map<?, ?>) {
            return expected.equals(actual);
        }
        return expected.getClass() == actual.getClass() && Objects.equals(expected, actual);
    }

    private static String shown(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    /** Counts, over registers, of the corners of measures.md the comparison is meant to reach. */
    private static final class Corners {

        static final List<String> ALL = List.of("session of 89 minutes", "session of 90 minutes", "group session of 90+",
                "supervision due on D", "supervision due the day before D", "ASYE session on A + 41 days",
                "ASYE session on A + 42 days", "ASYE session on A + 6 months", "supervision overdue",
                "supervision in date", "senior manager main role", "programme ended on D", "review held on D",
                "pass on D - 1 year", "pass on D - 2 years", "programme reviews overdue", "retention below 100",
                "service exactly 1 year", "service 1 year less a day", "service exactly 2 years",
                "interview 60 days before", "interview 60 days after", "engagement from 2024-10-31",
                "engagement from 2024-10-30", "engagement from 2025-10-01", "pay equal to a cap in force",
                "notice 4", "notice 5", "cooling_off", "over_price_cap", "pqe_under_3_years", "no_reference",
                "unapproved breach", "agency spend of the authority only", "vacancy closed on D",
                "vacancy opened D - 90 days", "median of an even count", "applications by source",
                "leaving reasons", "equal FTE in T10 and T2", "history_from", "measures nulled by history");

        final Map<String, Integer> found = new LinkedHashMap<>();

        Corners() {
            ALL.forEach(corner -> found.put(corner, 0));
        }

        void found(String corner, boolean reached) {
            if (!found.containsKey(corner)) {
                throw new IllegalArgumentException(corner);
            }
            if (reached) {
                found.merge(corner, 1, Integer::sum);
            }
        }

        void look(Register register) {
            register.supervisions().forEach(s -> {
                found("session of 89 minutes", s.minutes() == 89 && s.kind().code().equals("one_to_one"));
                found("session of 90 minutes", s.minutes() == 90 && s.kind().code().equals("one_to_one"));
                found("group session of 90+", s.minutes() >= 90 && !s.kind().code().equals("one_to_one"));
            });
            for (LocalDate date : PeopleRandomRegister.DATES) {
                NaivePeopleMeasures naive = new NaivePeopleMeasures(register, date);
                Map<String, Object> authority = naive.of(null);
                register.workers().forEach(worker -> {
                    boolean employed = register.employments().stream()
                            .anyMatch(row -> row.workerId().equals(worker.workerId()) && row.inForceOn(date));
                    if (employed) {
                        LocalDate next = naive.nextSupervision(worker.workerId(), date);
                        found("supervision due on D", next.equals(date));
                        found("supervision due the day before D", next.equals(date.minusDays(1)));
                    }
                });
                found("supervision overdue", positive(authority.get("supervision_overdue_headcount")));
                found("supervision in date", authority.get("supervision_in_date_percent") instanceof Double p && p > 0);
                found("programme reviews overdue", positive(authority.get("programme_reviews_overdue")));
                found("retention below 100", authority.get("programme_retention_percent") instanceof Double p && p < 100);
                found("unapproved breach", positive(authority.get("agency_engagements_unapproved_breaches")));
                found("median of an even count", authority.get("time_to_fill_days") instanceof Double t && t % 1 != 0
                        || authority.get("time_to_hire_days") instanceof Double h && h % 1 != 0);
                found("applications by source", authority.get("applications_by_source") instanceof Map<?, ?> m && m.size() > 1);
                found("leaving reasons", authority.get("leaving_reasons") instanceof Map<?, ?> m && !m.isEmpty());
                found("measures nulled by history", authority.get("leavers_under_1y_service") == null);
                if (authority.get("agency_spend") instanceof Double spend) {
                    double teams = 0;
                    for (Team team : register.teams()) {
                        teams += (Double) naive.of(team.teamId()).get("agency_spend");
                    }
                    found("agency spend of the authority only", spend - teams > 0.001);
                }
                register.<uk.retain.development.Programme>rows(uk.retain.development.ProgrammesFile.class).forEach(p -> {
                    found("programme ended on D", date.equals(p.endedOn()));
                    boolean passed = p.outcome() != null && p.outcome().code().equals("passed");
                    found("pass on D - 1 year", passed && date.minusYears(1).equals(p.endedOn()));
                    found("pass on D - 2 years", passed && date.minusYears(2).equals(p.endedOn()));
                });
                register.<uk.retain.development.ProgrammeReview>rows(uk.retain.development.ProgrammeReviewsFile.class)
                        .forEach(r -> found("review held on D", r.heldOn().equals(date)));
                register.<uk.retain.recruitment.Vacancy>rows(uk.retain.recruitment.VacanciesFile.class).forEach(v -> {
                    found("vacancy closed on D", date.equals(v.closedOn()));
                    found("vacancy opened D - 90 days", date.minusDays(90).equals(v.openedOn()));
                });
            }
            register.employments().forEach(row -> {
                found("senior manager main role", row.jobRole().code().equals("senior_manager"));
                if (row.endDate() != null && row.endReason() != null) {
                    LocalDate e = row.endDate();
                    LocalDate serviceStart = serviceStart(register, row);
                    found("service exactly 1 year", serviceStart.equals(e.minusYears(1)));
                    found("service 1 year less a day", serviceStart.equals(e.minusYears(1).plusDays(1)));
                    found("service exactly 2 years", serviceStart.equals(e.minusYears(2)));
                }
                register.employments().forEach(other -> found("equal FTE in T10 and T2", row.workerId().equals(other.workerId())
                        && row.teamId().equals("T10") && other.teamId().equals("T2") && row.fte().compareTo(other.fte()) == 0
                        && row.startDate().equals(other.startDate())));
            });
            register.<uk.retain.exits.LeavingInterview>rows(uk.retain.exits.LeavingInterviewsFile.class).forEach(i ->
                    register.employments().forEach(row -> {
                        if (row.workerId().equals(i.workerId()) && row.endReason() != null) {
                            found("interview 60 days before", i.heldOn().plusDays(60).equals(row.endDate()));
                            found("interview 60 days after", i.heldOn().minusDays(60).equals(row.endDate()));
                        }
                    }));
            List<uk.retain.agency.RateCap> caps = register.rows(uk.retain.agency.AgencyRateCapsFile.class);
            register.<uk.retain.agency.AgencyEngagement>rows(uk.retain.agency.AgencyEngagementsFile.class).forEach(e -> {
                found("engagement from 2024-10-31", e.startDate().equals(LocalDate.of(2024, 10, 31)));
                found("engagement from 2024-10-30", e.startDate().equals(LocalDate.of(2024, 10, 30)));
                found("engagement from 2025-10-01", e.startDate().equals(LocalDate.of(2025, 10, 1)));
                found("notice 4", e.noticeWeeks() == 4);
                found("notice 5", e.noticeWeeks() == 5);
                found("pay equal to a cap in force", caps.stream().anyMatch(cap -> cap.regionCode().equals(register.authority().regionCode())
                        && cap.jobType() == e.jobType() && cap.inForceOn(e.startDate()) && !e.startDate().isBefore(LocalDate.of(2025, 10, 1))
                        && cap.maxHourlyPay().compareTo(e.hourlyPay()) == 0));
            });
            for (Map<String, Object> checked : new NaivePeopleMeasures(register, LocalDate.of(2025, 9, 30)).agencyChecks()) {
                List<?> failed = (List<?>) checked.get("failed");
                for (String code : List.of("cooling_off", "over_price_cap", "pqe_under_3_years", "no_reference")) {
                    found(code, failed.contains(code));
                }
            }
            found("history_from", register.authority().historyFrom() != null);
            register.supervisions().forEach(s -> {
                LocalDate a = asyeStart(register, s.workerId(), s.date());
                if (a != null) {
                    found("ASYE session on A + 41 days", s.date().equals(a.plusDays(41)));
                    found("ASYE session on A + 42 days", s.date().equals(a.plusDays(42)));
                    found("ASYE session on A + 6 months", s.date().equals(a.plusMonths(6)));
                }
            });
        }

        private static boolean positive(Object count) {
            return count instanceof Integer n && n > 0;
        }

        /** The first day of the run of non-agency days up to the row's end (the row's own worker). */
        private static LocalDate serviceStart(Register register, uk.retain.workforce.Employment row) {
            LocalDate day = row.endDate();
            while (nonAgency(register, row.workerId(), day.minusDays(1))) {
                day = day.minusDays(1);
            }
            return day;
        }

        private static boolean nonAgency(Register register, String worker, LocalDate day) {
            return register.employments().stream().anyMatch(row -> row.workerId().equals(worker) && !row.isAgency()
                    && row.inForceOn(day));
        }

        private static LocalDate asyeStart(Register register, String worker, LocalDate day) {
            if (!asye(register, worker, day)) {
                return null;
            }
            LocalDate a = day;
            while (asye(register, worker, a.minusDays(1))) {
                a = a.minusDays(1);
            }
            return a;
        }

        private static boolean asye(Register register, String worker, LocalDate day) {
            return register.employments().stream().anyMatch(row -> row.workerId().equals(worker)
                    && row.jobRole().code().equals("asye_social_worker") && row.inForceOn(day));
        }
    }
}
