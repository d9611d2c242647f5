package uk.retain.development.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;

import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.web.FormErrorCode;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * What the development and careers pages share: the register a page reads, who may see and change what, names and
 * teams. The scope: a social worker their own record; a team manager the workers in their teams on the day; the
 * principal social worker (workforce lead) and HR the whole authority. Senior leaders and regional analysts see
 * none of these person-level pages.
 */
final class Careers {

    private Careers() {
    }

    /** A worker as a page lists them: id, name, main team on the day (id and name, or null). */
    record Person(String workerId, String name, String teamId, String teamName) {
    }

    static Register held(Registers registers, Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
    }

    /** The lists of many workers: team managers, the workforce lead and HR. */
    static void requireLister(Viewer viewer) {
        if (!(viewer.role() == Role.TEAM_MANAGER || viewer.role() == Role.WORKFORCE_LEAD || viewer.role() == Role.HR)) {
            throw new AccessDeniedException("team managers, the workforce lead and HR");
        }
    }

    static void requireRole(Viewer viewer, Role... roles) {
        if (!Set.of(roles).contains(viewer.role())) {
            throw new AccessDeniedException("not for " + viewer.role().code());
        }
    }

    static Set<String> teamsOn(Register register, String workerId, LocalDate day) {
        Set<String> teams = new TreeSet<>();
        register.employments().stream().filter(row -> row.workerId().equals(workerId) && row.inForceOn(day))
                .forEach(row -> teams.add(row.teamId()));
        return teams;
    }

    /** Whether the viewer sees the worker's development and career record on the day. */
    static boolean sees(Viewer viewer, Register register, String workerId, LocalDate day) {
        String la = register.authority().laCode();
        return register.workers().stream().anyMatch(w -> w.workerId().equals(workerId))
                && viewer.role() != Role.SENIOR_LEADER && viewer.seesWorker(la, workerId, teamsOn(register, workerId, day));
    }

    /** Whether the viewer changes a worker's record given their teams on the day: a manager of one, or the lead. */
    static boolean changes(Viewer viewer, String laCode, Set<String> teams) {
        return viewer.role() == Role.WORKFORCE_LEAD ? laCode.equals(viewer.laCode())
                : teams.stream().anyMatch(team -> viewer.recordsSupervisionIn(laCode, team));
    }

    /** The workers in employment on the day whom the viewer sees, by name. */
    static List<Person> people(Viewer viewer, Register register, LocalDate day) {
        Map<String, String> teamNames = teamNames(register);
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new java.util.ArrayList<>()).add(row));
        return register.workers().stream().filter(w -> rows.containsKey(w.workerId())).map(w -> {
            Employment main = EmploymentHistory.of(rows.get(w.workerId())).mainRow(day);
            return main == null ? null : new Person(w.workerId(), name(w), main.teamId(), teamNames.get(main.teamId()));
        }).filter(p -> p != null && sees(viewer, register, p.workerId(), day))
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::workerId)).toList();
    }

    static Map<String, String> teamNames(Register register) {
        Map<String, String> names = new LinkedHashMap<>();
        register.teams().forEach(team -> names.put(team.teamId(), team.name()));
        return names;
    }

    static String name(Worker worker) {
        return worker.fullName();
    }

    static String nameOf(Register register, String workerId) {
        return register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst().map(Careers::name).orElse(workerId);
    }

    /** The teams the viewer sees, by name. */
    static List<Team> teamsSeen(Viewer viewer, Register register) {
        String la = register.authority().laCode();
        return register.teams().stream().filter(team -> viewer.seesTeam(la, team.teamId()))
                .sorted(Comparator.comparing(Team::name)).toList();
    }

    /** The date of three boxes, or null when they do not make a real date. */
    static LocalDate dateOf(String day, String month, String year) {
        try {
            if (year.strip().length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    static List<FormErrorCode> errors(Map<String, String> problems) {
        return problems.entrySet().stream().map(e -> new FormErrorCode(e.getKey().equals("date") ? "date-day"
                : e.getKey().equals("moveOn") ? "moveOn-day" : e.getKey().equals("paidOn") ? "paidOn-day" : e.getKey(), e.getValue())).toList();
    }
}
