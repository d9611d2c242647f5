package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.agency.AgencyChecks;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.agency.AgencyRateCapsFile;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeOutcome;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammesFile;
import uk.retain.development.Qualification;
import uk.retain.development.QualificationKind;
import uk.retain.development.QualificationsFile;
import uk.retain.development.ReviewOutcome;
import uk.retain.development.ReviewPoint;
import uk.retain.exits.LeavingInterview;
import uk.retain.exits.LeavingInterviewsFile;
import uk.retain.exits.LeavingReason;
import uk.retain.exits.SurveyQuestion;
import uk.retain.exits.SurveyResponse;
import uk.retain.exits.SurveyResponsesFile;
import uk.retain.measures.RegisterMeasures;
import uk.retain.recruitment.Application;
import uk.retain.recruitment.ApplicationOutcome;
import uk.retain.recruitment.ApplicationsFile;
import uk.retain.recruitment.Source;
import uk.retain.recruitment.VacanciesFile;
import uk.retain.recruitment.Vacancy;
import uk.retain.supervision.NextSupervision;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.Spell;
import uk.retain.workforce.Supervision;

/**
 * The demo's capability files: every one is there, the bundle with them reads back with no problem and unchanged,
 * and each tells the story the pages and measures need, consistent with the simulated register.
 */
class DemoCapabilityFilesTest {

    private static final LocalDate CENSUS_2025 = LocalDate.of(2025, 9, 30);
    private static final LocalDate LAST = CouncilSize.DEMO.historyEnd();

    static Register demo;
    static Map<String, EmploymentHistory> histories;

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
        histories = new HashMap<>();
        demo.employments().stream().collect(Collectors.groupingBy(Employment::workerId))
                .forEach((worker, rows) -> histories.put(worker, EmploymentHistory.of(rows)));
    }

    private static EmploymentHistory history(String workerId) {
        return histories.getOrDefault(workerId, EmploymentHistory.none());
    }

    @Test
    void holdsEveryCapabilityFileWithRowsAndReadsBackWithNoProblemUnchanged(@TempDir Path folder) throws Exception {
        // With its careers records, as the demo loader stores it and demo-bundle writes it.
        Register loaded = DemoCareers.withCareers(demo);
        assertThat(loaded.capabilityFiles().keySet()).containsExactlyInAnyOrderElementsOf(
                BundleFileTypes.all().stream().map(type -> type.fileName()).toList());
        assertThat(loaded.capabilityFiles().values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        BundleWriter.writeFolder(loaded, folder);

        // Bundles.read throws, listing every problem, unless the bundle passes every rule of the format.
        Register back = Bundles.read(folder);
        assertThat(back).isEqualTo(loaded);
        assertThat(back.capabilityFiles()).isEqualTo(loaded.capabilityFiles());
    }

    // ---- Supervision --------------------------------------------------------------------------------------------

    @Test
    void supervisionIsMostlyInDateWhileAFewTeamsSlip() {
        RegisterMeasures measures = RegisterMeasures.of(demo);
        for (LocalDate day : List.of(CENSUS_2025, LAST)) {
            assertThat((Double) measures.forAuthority(day).get("supervision_in_date_percent")).as("in date on %s", day)
                    .isBetween(75.0, 95.0);
            List<Double> teams = measures.byTeam(day).values().stream()
                    .map(team -> (Double) team.get("supervision_in_date_percent")).filter(value -> value != null).toList();
            assertThat(teams).as("teams slipping on %s", day).filteredOn(value -> value < 70).hasSizeBetween(1, 5);
            assertThat(teams).as("teams in date on %s", day).filteredOn(value -> value >= 90).hasSizeGreaterThan(8);
        }
    }

    @Test
    void someNewlyQualifiedWorkersMissWeeklySessionsInTheirFirstSixWeeks() {
        Map<String, List<Supervision>> sessions = demo.supervisions().stream()
                .collect(Collectors.groupingBy(Supervision::workerId));
        int asye = 0;
        int neverOverdue = 0;
        int overdueFiveDaysOrMore = 0;
        for (Map.Entry<String, EmploymentHistory> entry : histories.entrySet()) {
            for (Spell spell : asyeSpells(entry.getValue())) {
                if (spell.start().isBefore(CouncilSize.DEMO.historyStart()) || spell.start().plusDays(42).isAfter(LAST)) {
                    continue;
                }
                asye++;
                List<Supervision> theirs = sessions.getOrDefault(entry.getKey(), List.of());
                int overdue = 0;
                for (LocalDate day = spell.start(); day.isBefore(spell.start().plusDays(42)); day = day.plusDays(1)) {
                    overdue += NextSupervision.contract().overdueOn(day, entry.getValue(), theirs) ? 1 : 0;
                }
                neverOverdue += overdue == 0 ? 1 : 0;
                overdueFiveDaysOrMore += overdue >= 5 ? 1 : 0;
            }
        }
        assertThat(asye).isGreaterThan(20);
        assertThat(neverOverdue).as("of %s newly qualified workers, never overdue", asye).isGreaterThan(asye / 2);
        assertThat(overdueFiveDaysOrMore).as("of %s, overdue five days or more", asye).isBetween(2, asye / 3);
    }

    // ---- Programmes ---------------------------------------------------------------------------------------------

    @Test
    void everyAsyeSpellHasItsPlacePassedWhenTheWorkerGoesOnAndLeftWhenTheyLeave() {
        List<Programme> asye = programmes(ProgrammeKind.ASYE);
        int spells = 0;
        for (Map.Entry<String, EmploymentHistory> entry : histories.entrySet()) {
            EmploymentHistory history = entry.getValue();
            for (Spell spell : asyeSpells(history)) {
                spells++;
                Programme place = asye.stream()
                        .filter(p -> p.workerId().equals(entry.getKey()) && p.startDate().equals(spell.start()))
                        .findFirst().orElseThrow(() -> new AssertionError("no programme for " + entry.getKey() + " " + spell));
                assertThat(place.cohort()).matches("[0-9]{4}-(03|09)");
                assertThat(place.assessorId()).isNotNull();
                assertThat(history(place.assessorId()).rowsOn(spell.start().isBefore(CouncilSize.DEMO.historyStart())
                        ? CouncilSize.DEMO.historyStart() : spell.start()))
                        .as("assessor of %s", place.programmeId())
                        .anyMatch(row -> row.jobRole() == JobRole.PRACTICE_EDUCATOR
                                || row.jobRole() == JobRole.ADVANCED_PRACTITIONER);
                if (spell.open()) {
                    assertThat(place.endedOn()).isNull();
                } else {
                    assertThat(place.endedOn()).isEqualTo(spell.end());
                    boolean goesOn = history.inNonAgencyEmploymentOn(spell.end().plusDays(1));
                    assertThat(place.outcome()).isIn(goesOn ? Set.of(ProgrammeOutcome.PASSED, ProgrammeOutcome.EXTENDED)
                            : Set.of(ProgrammeOutcome.LEFT));
                    if (goesOn) {
                        assertThat(history.rowsOn(spell.end().plusDays(1))).extracting(Employment::jobRole)
                                .contains(JobRole.SOCIAL_WORKER);
                    }
                }
            }
        }
        assertThat(asye.size()).isEqualTo(spells + (int) asye.stream().filter(p -> p.outcome() == ProgrammeOutcome.EXTENDED).count());
        assertThat(asye).extracting(Programme::outcome).contains(ProgrammeOutcome.PASSED, ProgrammeOutcome.LEFT, null);
    }

    @Test
    void oneOrTwoPlacesAreExtendedByAPlaceThatContinuesThem() {
        List<Programme> asye = programmes(ProgrammeKind.ASYE);
        List<Programme> extended = asye.stream().filter(p -> p.outcome() == ProgrammeOutcome.EXTENDED).toList();

        assertThat(extended).hasSizeBetween(1, 2);
        for (Programme place : extended) {
            assertThat(asye).anyMatch(next -> next.workerId().equals(place.workerId())
                    && next.startDate().equals(place.endedOn().plusDays(1)) && next.outcome() == ProgrammeOutcome.PASSED
                    && next.cohort().equals(place.cohort()));
        }
    }

    @Test
    void probationEndsNearSixMonthsAndAFewMoreThanFourteenDaysApart() {
        List<Programme> withProbation = programmes(ProgrammeKind.ASYE).stream().filter(p -> p.probationEnd() != null).toList();
        List<Programme> apart = withProbation.stream()
                .filter(p -> Math.abs(ChronoUnit.DAYS.between(p.startDate().plusMonths(6), p.probationEnd())) > 14).toList();

        assertThat(apart).isNotEmpty().hasSizeLessThan(withProbation.size() / 4);
    }

    @Test
    void oneAcademyCohortOfExperiencedStarters() {
        List<Programme> academy = programmes(ProgrammeKind.ACADEMY);

        assertThat(academy).hasSizeGreaterThan(3);
        assertThat(academy).extracting(Programme::cohort).containsOnly("2025-01");
        assertThat(academy).allSatisfy(place -> {
            assertThat(history(place.workerId()).starts()).contains(place.startDate());
            assertThat(history(place.workerId()).rowsOn(place.startDate())).extracting(Employment::jobRole)
                    .doesNotContain(JobRole.ASYE_SOCIAL_WORKER);
        });
    }

    @Test
    void reviewsAtThreeSixAndTwelveMonthsSomeLateAndAFewWithConcerns() {
        Map<String, Programme> places = demo.rows(ProgrammesFile.class).stream()
                .collect(Collectors.toMap(Programme::programmeId, p -> p));
        List<ProgrammeReview> reviews = demo.rows(ProgrammeReviewsFile.class);
        Map<String, Set<String>> lateByCohort = new HashMap<>();
        Set<String> reviewedCohorts = new HashSet<>();
        for (ProgrammeReview review : reviews) {
            Programme place = places.get(review.programmeId());
            assertThat(review.heldOn()).isAfterOrEqualTo(place.startDate()).isBeforeOrEqualTo(LAST);
            if (place.endedOn() != null) {
                assertThat(review.heldOn()).isBeforeOrEqualTo(place.endedOn());
            }
            reviewedCohorts.add(place.cohort());
            int months = switch (review.review()) {
                case THREE_MONTH -> 3;
                case SIX_MONTH -> 6;
                case TWELVE_MONTH -> 12;
                default -> 0;
            };
            if (months > 0 && review.heldOn().isAfter(place.startDate().plusMonths(months).plusDays(14))) {
                lateByCohort.computeIfAbsent(place.cohort(), c -> new HashSet<>()).add(review.programmeId());
            }
        }
        assertThat(reviews).extracting(ProgrammeReview::review)
                .contains(ReviewPoint.THREE_MONTH, ReviewPoint.SIX_MONTH, ReviewPoint.TWELVE_MONTH);
        assertThat(reviewedCohorts).contains("2025-03", "2025-09");
        assertThat(lateByCohort).as("ASYE cohorts with a late review").hasSizeGreaterThanOrEqualTo(2);
        long concerns = reviews.stream().filter(r -> r.outcome() != ReviewOutcome.ON_TRACK).count();
        assertThat(concerns).isBetween(3L, reviews.size() / 4L);
    }

    // ---- Development and qualifications ---------------------------------------------------------------------------

    @Test
    void developmentOverTheYearsWithKssCodesAndSomeWorkersWithNothingInTheLastYear() {
        List<DevelopmentActivity> activities = demo.rows(DevelopmentFile.class);
        assertThat(activities).allSatisfy(activity -> {
            assertThat(history(activity.workerId()).inNonAgencyEmploymentOn(activity.date())).isTrue();
            assertThat(activity.hours()).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.valueOf(100));
        });
        assertThat(activities).filteredOn(activity -> !activity.kss().isEmpty()).hasSizeGreaterThan(activities.size() * 3 / 4);
        assertThat(activities.stream().map(a -> a.date().getYear()).collect(Collectors.toSet()))
                .contains(2022, 2023, 2024, 2025, 2026);

        Set<String> employedAtTheEnd = histories.entrySet().stream()
                .filter(entry -> entry.getValue().inNonAgencyEmploymentOn(LAST)).map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> recent = activities.stream().filter(a -> a.date().isAfter(LAST.minusYears(1)))
                .map(DevelopmentActivity::workerId).collect(Collectors.toSet());
        long without = employedAtTheEnd.stream().filter(worker -> !recent.contains(worker)).count();
        assertThat(without).as("of %s at work", employedAtTheEnd.size()).isBetween(5L, employedAtTheEnd.size() / 4L);
    }

    @Test
    void practiceEducatorsHoldTheirAwardAndTwoApprovalsRunOutWithinNinetyDaysOfTheLastDay() {
        List<Qualification> qualifications = demo.rows(QualificationsFile.class);
        Set<String> educators = demo.employments().stream().filter(row -> row.jobRole() == JobRole.PRACTICE_EDUCATOR && !row.isAgency())
                .map(Employment::workerId).collect(Collectors.toSet());
        assertThat(educators).isNotEmpty().allSatisfy(worker -> assertThat(qualifications)
                .anyMatch(q -> q.workerId().equals(worker) && q.qualification() == QualificationKind.PRACTICE_EDUCATOR_2));
        assertThat(qualifications).extracting(Qualification::qualification)
                .contains(QualificationKind.AMHP, QualificationKind.BIA, QualificationKind.PRACTICE_EDUCATOR_1);

        List<Qualification> expiring = qualifications.stream().filter(q -> q.expiresOn() != null
                && !q.expiresOn().isBefore(LAST) && !q.expiresOn().isAfter(LAST.plusDays(90))).toList();
        assertThat(expiring).hasSize(2).allSatisfy(q -> assertThat(history(q.workerId()).inNonAgencyEmploymentOn(LAST)).isTrue());
    }

    // ---- Recruitment ----------------------------------------------------------------------------------------------

    @Test
    void startedApplicationsNameTheWorkerWhoStartsInTheVacancysPostOnTheDay() {
        Map<String, Vacancy> vacancies = demo.rows(VacanciesFile.class).stream()
                .collect(Collectors.toMap(Vacancy::vacancyId, v -> v));
        List<Application> started = demo.rows(ApplicationsFile.class).stream()
                .filter(a -> a.outcome() == ApplicationOutcome.STARTED).toList();

        assertThat(started).hasSizeGreaterThan(100).allSatisfy(application -> {
            Vacancy vacancy = vacancies.get(application.vacancyId());
            assertThat(history(application.workerId()).rows()).as(application.applicationId())
                    .anyMatch(row -> !row.isAgency() && row.startDate().equals(application.startedOn())
                            && vacancy.postId().equals(row.postId()));
            assertThat(vacancy.closedOn()).isEqualTo(application.acceptedOn());
        });
        // New starters (not already on the staff) start on started_on as the measures count starts.
        assertThat(started).filteredOn(a -> a.source() != Source.OTHER).allSatisfy(application ->
                assertThat(history(application.workerId()).starts()).contains(application.startedOn()));
    }

    @Test
    void vacanciesAreForPostsLeftEmptyAndStayEmptyUntilFilled() {
        Map<String, Post> posts = demo.posts().stream().collect(Collectors.toMap(Post::postId, p -> p));
        for (Vacancy vacancy : demo.rows(VacanciesFile.class)) {
            Post post = posts.get(vacancy.postId());
            assertThat(vacancy.teamId()).isEqualTo(post.teamId());
            assertThat(vacancy.jobRole()).isEqualTo(post.jobRole());
            assertThat(vacancy.openedOn()).isBeforeOrEqualTo(LAST);
            if (vacancy.closedOn() != null) {
                assertThat(vacancy.closedOn()).isBeforeOrEqualTo(LAST);
            }
        }
        assertThat(demo.rows(VacanciesFile.class)).anyMatch(v -> v.closedOn() == null);
    }

    @Test
    void applicationsComeFromEverySourceAndSomeOffersAreDeclinedWithReasons() {
        List<Application> applications = demo.rows(ApplicationsFile.class);

        assertThat(applications.stream().map(Application::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Source.values());
        assertThat(applications.stream().map(Application::outcome).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ApplicationOutcome.values());
        List<Application> declined = applications.stream().filter(a -> a.outcome() == ApplicationOutcome.OFFER_DECLINED).toList();
        assertThat(declined).hasSizeBetween(10, 100).allSatisfy(a -> assertThat(a.outcomeReason()).isNotBlank());
        assertThat(applications).allSatisfy(a -> {
            assertThat(a.appliedOn()).isBeforeOrEqualTo(LAST);
            a.stageDates().stream().filter(day -> day != null).forEach(day -> assertThat(day).isBeforeOrEqualTo(LAST));
        });
    }

    @Test
    void agencyWorkersWhoBecomePermanentAreAgencyConversions() {
        List<Application> conversions = demo.rows(ApplicationsFile.class).stream()
                .filter(a -> a.source() == Source.AGENCY_CONVERSION && a.outcome() == ApplicationOutcome.STARTED).toList();

        assertThat(conversions).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> {
            EmploymentHistory history = history(a.workerId());
            assertThat(history.rowsOn(a.startedOn().minusDays(1), EmploymentHistory.Kind.AGENCY)).isNotEmpty();
            assertThat(history.inNonAgencyEmploymentOn(a.startedOn())).isTrue();
        });
    }

    // ---- Agency ---------------------------------------------------------------------------------------------------

    @Test
    void oneEngagementForEachAgencySpellWithPayChargeNoticeAndReferences() {
        List<AgencyEngagement> engagements = demo.rows(AgencyEngagementsFile.class);
        List<String> spells = new ArrayList<>();
        histories.forEach((worker, history) -> {
            List<Employment> agency = history.rows().stream().filter(Employment::isAgency).toList();
            if (!agency.isEmpty()) {
                Spell.of(agency).forEach(spell -> spells.add(worker + " " + spell.start() + " " + (spell.open() ? null : spell.end())));
            }
        });
        assertThat(engagements.stream().map(e -> e.workerId() + " " + e.startDate() + " " + e.endDate()).toList())
                .containsExactlyInAnyOrderElementsOf(spells);

        List<AgencyEngagement> beforeCaps = engagements.stream()
                .filter(e -> e.startDate().isBefore(AgencyChecks.PRICE_CAP_FROM)).toList();
        assertThat(beforeCaps).allSatisfy(e -> assertThat(e.hourlyPay()).isBetween(new BigDecimal("35"), new BigDecimal("45")));
        assertThat(engagements).allSatisfy(e -> assertThat(e.hourlyCharge().divide(e.hourlyPay(), 4, java.math.RoundingMode.HALF_UP))
                .isBetween(new BigDecimal("1.24"), new BigDecimal("1.36")));
        assertThat(engagements).filteredOn(e -> e.noticeWeeks() == 4).hasSizeGreaterThan(engagements.size() / 2);
        assertThat(engagements).filteredOn(e -> e.referenceOn() != null && !e.referenceOn().isAfter(e.startDate()))
                .hasSizeGreaterThan(engagements.size() * 3 / 4);
    }

    @Test
    void aFewBreachesOfTheAgencyRulesSomeApprovedByTheDirectorAndChiefExecutive() {
        List<AgencyChecks.Checked> checked = AgencyChecks.all(demo).stream().filter(AgencyChecks.Checked::checked).toList();
        List<AgencyChecks.Checked> breaches = checked.stream().filter(c -> !c.failed().isEmpty()).toList();

        assertThat(breaches).hasSizeBetween(3, checked.size() / 4);
        assertThat(breaches).anyMatch(AgencyChecks.Checked::unapprovedBreach);
        assertThat(breaches).filteredOn(c -> c.engagement().approved()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.engagement().overrideApprovedBy()).isEqualTo("Director of Children's Services and Chief Executive");
            assertThat(c.engagement().overrideReason()).isNotBlank();
        });
        assertThat(breaches).anyMatch(c -> c.failed().contains(uk.retain.agency.AgencyCheck.OVER_PRICE_CAP));
        assertThat(AgencyChecks.all(demo)).filteredOn(c -> c.failed().isEmpty()).allMatch(c -> !c.engagement().approved());
    }

    @Test
    void examplePriceCapsForTheDemosRegionAndTheFiveJobTypes() {
        List<RateCap> caps = demo.rows(AgencyRateCapsFile.class);

        assertThat(caps).hasSize(5).allSatisfy(cap -> {
            assertThat(cap.regionCode()).isEqualTo("E12000006");
            assertThat(cap.effectiveFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
        });
        assertThat(caps).extracting(RateCap::jobType).containsExactly(JobType.values());
        assertThat(caps).extracting(cap -> cap.maxHourlyPay().doubleValue()).containsExactly(28.0, 35.0, 35.0, 42.0, 38.0);
    }

    // ---- Leaving and staying --------------------------------------------------------------------------------------

    @Test
    void mostLeaversAreInterviewedWithinSixtyDaysOfLeaving() {
        List<LeavingInterview> interviews = demo.rows(LeavingInterviewsFile.class);
        long leavings = histories.values().stream().mapToLong(history -> history.leavings().size()).sum();

        assertThat(interviews).hasSizeBetween((int) (leavings * 0.6), (int) leavings);
        assertThat(interviews).allSatisfy(interview -> {
            assertThat(interview.heldOn()).isBeforeOrEqualTo(LAST);
            assertThat(history(interview.workerId()).leavings())
                    .anyMatch(day -> Math.abs(ChronoUnit.DAYS.between(day, interview.heldOn())) <= 60);
        });
        assertThat(interviews).anyMatch(i -> Boolean.TRUE.equals(i.wouldReturn()))
                .anyMatch(i -> Boolean.TRUE.equals(i.wouldRecommend()))
                .anyMatch(i -> Boolean.FALSE.equals(i.wouldRecommend()));
    }

    @Test
    void leaversFromTeamsOverTheirCapsSayCaseloadAndManagement() {
        DemoFacts facts = new DemoFacts(demo, CouncilSize.DEMO.historyStart(), LAST, new TeamStrain());
        int overCap = 0;
        int overCapPressure = 0;
        int others = 0;
        int othersPressure = 0;
        Set<LeavingReason> pressure = EnumSet.of(LeavingReason.CASELOAD, LeavingReason.MANAGEMENT,
                LeavingReason.SUPERVISION_SUPPORT);
        for (LeavingInterview interview : demo.rows(LeavingInterviewsFile.class)) {
            LocalDate leaving = history(interview.workerId()).leavings().stream()
                    .filter(day -> Math.abs(ChronoUnit.DAYS.between(day, interview.heldOn())) <= 60).findFirst().orElseThrow();
            String team = facts.mainTeam(interview.workerId(), leaving, EmploymentHistory.Kind.NON_AGENCY);
            LocalDate before = leaving.minusMonths(1);
            List<String> members = histories.keySet().stream()
                    .filter(worker -> team.equals(facts.mainTeam(worker, before, EmploymentHistory.Kind.ALL))).toList();
            long holders = members.stream().filter(worker -> facts.caseloadAgainstCap(worker, before) > 0).count();
            long over = members.stream().filter(worker -> facts.caseloadAgainstCap(worker, before) > 1).count();
            boolean teamOverCap = holders > 0 && over * 3 >= holders;
            boolean saysPressure = pressure.contains(interview.mainReason());
            if (teamOverCap) {
                overCap++;
                overCapPressure += saysPressure ? 1 : 0;
            } else {
                others++;
                othersPressure += saysPressure ? 1 : 0;
            }
        }
        assertThat(overCap).isGreaterThan(5);
        assertThat((double) overCapPressure / overCap).as("caseload or management, teams over cap")
                .isGreaterThan(2.0 * othersPressure / others);
    }

    @Test
    void twoYearlySurveysOfTheEightQuestionsAnsweredAnonymouslyByMostOfEachTeam() {
        List<SurveyResponse> responses = demo.rows(SurveyResponsesFile.class);
        Map<String, List<SurveyResponse>> bySurvey = responses.stream().collect(Collectors.groupingBy(SurveyResponse::surveyId));

        assertThat(bySurvey.keySet()).containsExactlyInAnyOrder("health-check-2025", "health-check-2026");
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.surveyedOn()).isBetween(CouncilSize.DEMO.historyStart(), LAST);
            assertThat(r.surveyedOn().getYear()).isEqualTo(Integer.parseInt(r.surveyId().substring(13)));
            assertThat(histories).doesNotContainKey(r.responseId());
            assertThat(r.standardQuestion()).isPresent();
        });
        boolean someTeamUnderFive = false;
        for (List<SurveyResponse> survey : bySurvey.values()) {
            Map<String, List<SurveyResponse>> byResponse = survey.stream().collect(Collectors.groupingBy(SurveyResponse::responseId));
            assertThat(byResponse.values()).allSatisfy(answers -> {
                assertThat(answers).extracting(SurveyResponse::question)
                        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(SurveyQuestion.class).stream().map(SurveyQuestion::code).toList());
                assertThat(answers.stream().map(SurveyResponse::teamId).distinct()).hasSize(1);
            });
            LocalDate open = survey.stream().map(SurveyResponse::surveyedOn).min(LocalDate::compareTo).orElseThrow();
            Map<String, Long> staff = histories.values().stream().map(h -> h.mainRow(open, EmploymentHistory.Kind.NON_AGENCY))
                    .filter(row -> row != null).collect(Collectors.groupingBy(Employment::teamId, Collectors.counting()));
            Map<String, Long> answered = byResponse.values().stream().map(answers -> answers.get(0).teamId())
                    .filter(team -> team != null).collect(Collectors.groupingBy(team -> team, Collectors.counting()));
            assertThat(answered.keySet()).containsExactlyInAnyOrderElementsOf(staff.keySet());
            answered.forEach((team, count) -> assertThat(count).as(team).isLessThanOrEqualTo(staff.get(team)));
            long total = answered.values().stream().mapToLong(Long::longValue).sum();
            assertThat((double) total / staff.values().stream().mapToLong(Long::longValue).sum()).isBetween(0.5, 0.9);
            someTeamUnderFive |= answered.values().stream().anyMatch(count -> count < 5);
            assertThat(answered.values()).filteredOn(count -> count >= 5).hasSizeGreaterThan(answered.size() * 3 / 4);
        }
        assertThat(someTeamUnderFive).as("a team with fewer than 5 respondents").isTrue();
    }

    @Test
    void surveyAnswersFollowTheRegister() {
        List<SurveyResponse> responses = demo.rows(SurveyResponsesFile.class);
        Map<String, Double> workload = responses.stream().filter(r -> r.question().equals("workload_manageable") && r.teamId() != null)
                .collect(Collectors.groupingBy(SurveyResponse::teamId, Collectors.averagingInt(SurveyResponse::answer)));
        // Fostering (no caseload cap) finds its work more manageable than Child in Need North, over its caps.
        assertThat(workload.get("T15")).isGreaterThan(workload.get("T04") + 0.5);
        assertThat(responses.stream().mapToInt(SurveyResponse::answer).average().orElseThrow()).isCloseTo(3.3, within(0.5));
    }

    // ---- Measures -------------------------------------------------------------------------------------------------

    @Test
    void everyPeopleRecruitmentAndAgencyMeasureHasAFigureOnTheCensusDay() {
        Map<String, Object> measures = RegisterMeasures.of(demo).forAuthority(CENSUS_2025);

        assertThat(measures).containsKeys("supervision_in_date_percent", "programme_reviews_overdue",
                "programme_retention_percent", "agency_spend", "agency_engagements_unapproved_breaches", "vacancies_open",
                "vacancies_open_over_90_days", "time_to_fill_days", "time_to_hire_days", "offers_declined",
                "applications_by_source", "leaving_reasons", "stability_index_percent", "leavers_under_1y_service",
                "leavers_under_2y_service", "supervision_due_headcount", "supervision_overdue_headcount");
        measures.forEach((name, value) -> assertThat(value).as(name).isNotNull());
        assertThat((Map<?, ?>) measures.get("applications_by_source")).hasSize(Source.values().length);
        assertThat((Map<?, ?>) measures.get("leaving_reasons")).isNotEmpty();
        assertThat((Integer) measures.get("agency_engagements_unapproved_breaches")).isPositive();
        assertThat((Double) measures.get("time_to_hire_days")).isBetween(55.0, 90.0);
    }

    private static List<Programme> programmes(ProgrammeKind kind) {
        return demo.rows(ProgrammesFile.class).stream().filter(p -> p.programme() == kind).toList();
    }

    private static List<Spell> asyeSpells(EmploymentHistory history) {
        List<Employment> rows = history.rows().stream().filter(row -> row.jobRole() == JobRole.ASYE_SOCIAL_WORKER).toList();
        return rows.isEmpty() ? List.of() : Spell.of(rows);
    }
}
