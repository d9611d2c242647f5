package uk.retain.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.demo.Establishment.PostPlan;
import uk.retain.demo.Establishment.TeamPlan;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Team;

/**
 * One area of the council lived through day by day: each day the workforce changes first (leavers, starters,
 * moves), then cases open, move on or close, absences begin, managers rebalance caseloads once a month, waiting
 * cases are allocated, and supervision is held.
 */
final class AreaSimulation {

    /** Posts added in April 2024, when the council grew its child protection teams. */
    private static final LocalDate GROWTH = LocalDate.of(2024, 4, 1);

    private final CouncilSize size;
    private final int area;
    private final Chance chance;
    private final Numbering numbers;
    private final PersonalDetails people;
    private final RegisterDraft draft;
    private final List<AreaTeam> teams = new ArrayList<>();
    private final List<EstablishmentPost> posts = new ArrayList<>();

    AreaSimulation(CouncilSize size, int area, Chance chance, Numbering numbers, PersonalDetails people,
            RegisterDraft draft) {
        this.size = size;
        this.area = area;
        this.chance = chance;
        this.numbers = numbers;
        this.people = people;
        this.draft = draft;
    }

    void run() {
        LocalDate first = size.historyStart();
        LocalDate last = size.historyEnd();
        List<TeamPlan> plans = Establishment.teams();
        AreaTeam quality = establish(plans);

        Casework casework = new Casework(chance.split(), teams, draft.allocations);
        Staffing staffing = new Staffing(StaffingRates.DEMO, chance.split(), people, numbers, draft, casework, teams, posts);
        AbsenceDiary absences = new AbsenceDiary(chance.split(), staffing, casework, draft.absences);
        SupervisionDiary supervision = new SupervisionDiary(chance.split(), staffing, teams, quality, draft.supervisions,
                draft.strain);
        List<CaseState> cases = new Referrals(chance.split(), plans).referrals(first, last, numbers);
        draft.cases.addAll(cases);
        CaseCalendar calendar = new CaseCalendar(first, last, cases);

        staffing.open(first);
        for (CaseState item : cases) {
            if (!item.openedOn().isAfter(first)) {
                casework.alreadyOpen(item, first);
            }
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            staffing.changesOn(day);
            calendar.on(day, casework);
            absences.on(day);
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && day.getDayOfMonth() <= 7) {
                casework.rebalance(day);
            }
            casework.allocate(day, first, last);
            supervision.on(day);
        }
        casework.finish(cases, last);
    }

    /** The area's teams and funded posts; returns the safeguarding and quality team, home of the managers. */
    private AreaTeam establish(List<TeamPlan> plans) {
        AreaTeam quality = null;
        for (TeamPlan plan : plans) {
            String name = size.areas() == 1 ? plan.name() : plan.name() + " (area " + area + ")";
            Team team = new Team(numbers.team(), name, plan.service(), plan.locality());
            draft.teams.add(team);
            AreaTeam areaTeam = new AreaTeam(team, plan);
            teams.add(areaTeam);
            if (plan.service() == ServiceArea.OTHER && plan.name().startsWith("Safeguarding")) {
                quality = areaTeam;
            }
            for (PostPlan postPlan : plan.posts()) {
                for (int i = 0; i < postPlan.count(); i++) {
                    LocalDate funded = LocalDate.of(chance.between(2012, 2021), 4, 1);
                    addPost(areaTeam, postPlan.role(), postPlan, funded);
                }
            }
            if (plan.service() == ServiceArea.CHILD_PROTECTION && (plan.locality().equals("North")
                    || plan.locality().equals("East"))) {
                addPost(areaTeam, JobRole.SOCIAL_WORKER, new PostPlan(JobRole.SOCIAL_WORKER, 1, BigDecimal.ONE),
                        GROWTH);
            }
        }
        return quality;
    }

    private void addPost(AreaTeam team, JobRole role, PostPlan plan, LocalDate fundedFrom) {
        EstablishmentPost post = new EstablishmentPost(numbers.post(), team, role, plan.fte(), fundedFrom,
                role == JobRole.PRACTICE_EDUCATOR);
        team.posts.add(post);
        posts.add(post);
        draft.posts.add(post);
    }
}
