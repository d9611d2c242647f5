package uk.retain.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.retain.development.KssStatement;
import uk.retain.development.PracticePriorities;
import uk.retain.development.PracticePriority;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * The authority's practice priorities, each with the Knowledge and Skills Statements that evidence it, and a
 * team-by-priority table of how many of each team's workers hold evidence for it in the last 2 years, where it is
 * thin (under half) marked. Counts of teams, no person: team managers see their teams, the workforce lead and HR
 * every team.
 */
@Controller
class PrioritiesController {

    private final Registers registers;
    private final PracticePriorities priorities;
    private final Viewers viewers;
    private final Clock clock;

    PrioritiesController(Registers registers, PracticePriorities priorities, Viewers viewers, Clock clock) {
        this.registers = registers;
        this.priorities = priorities;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** One team's row: its name, workers, and per priority the count evidencing it and whether that is thin. */
    record Row(String team, int workers, List<Cell> cells) {
    }

    record Cell(int evidenced, boolean thin) {
    }

    @GetMapping("/practice-priorities")
    String table(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR);
        Register register = Careers.held(registers, viewer);
        LocalDate today = LocalDate.now(clock);
        List<PracticePriority> own = priorities.priorities(register.authority().laCode());
        List<Team> teams = Careers.teamsSeen(viewer, register);
        var evidence = PracticePriorities.evidence(register, own, teams.stream().map(Team::teamId).toList(), today);
        List<Row> rows = new java.util.ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            var team = evidence.get(t);
            List<Cell> cells = new java.util.ArrayList<>();
            for (int p = 0; p < own.size(); p++) {
                cells.add(new Cell(team.evidenced().get(p), team.thin(p)));
            }
            rows.add(new Row(teams.get(t).name(), team.workers(), cells));
        }
        model.addAttribute("date", Days.written(today));
        model.addAttribute("priorities", own.stream().map(p -> new Named(p.name(),
                p.kss().stream().map(KssStatement::code).toList())).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("thinTeams", rows.stream().filter(r -> r.cells().stream().anyMatch(Cell::thin)).count());
        return "development/priorities";
    }

    record Named(String name, List<String> kss) {
    }
}
