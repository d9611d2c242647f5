package uk.retain.caseload.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.retain.caseload.Continuity;
import uk.retain.measures.Suppression;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Whether children keep their social worker: the continuity figures of an authority (or by team) for the year
 * ending on a date, and at each 30 September over a range. A regional analyst's have small numbers suppressed as
 * {@code "c"}, as their measures do.
 */
@RestController
class ContinuityApi {

    private final Registers registers;
    private final Viewers viewers;

    ContinuityApi(Registers registers, Viewers viewers) {
        this.registers = registers;
        this.viewers = viewers;
    }

    @GetMapping("/api/v1/authorities/{laCode}/continuity")
    ResponseEntity<?> continuity(@PathVariable String laCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String by) {
        return withRegister(laCode, by, (viewer, register) -> figures(viewer, register, date, by));
    }

    @GetMapping("/api/v1/authorities/{laCode}/continuity/series")
    ResponseEntity<?> series(@PathVariable String laCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by) {
        return withRegister(laCode, by, (viewer, register) -> {
            if (to.isBefore(from) || to.getYear() - from.getYear() > 50) {
                return ApiProblems.badRequest("Give 'from' before 'to', at most 50 years apart.");
            }
            List<Map<String, Object>> points = new ArrayList<>();
            for (LocalDate census : CensusYear.referenceDatesBetween(from, to)) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("date", census.toString());
                point.put("continuity", figures(viewer, register, census, by));
                points.add(point);
            }
            return Map.of("series", points);
        });
    }

    private interface Answer {
        Object of(Viewer viewer, Register register);
    }

    /** The same scope as the measures: aggregates roles see the authority; a team manager their teams, by team. */
    private ResponseEntity<?> withRegister(String laCode, String by, Answer answer) {
        Viewer viewer = viewers.require();
        var stored = registers.find(laCode);
        if (stored.isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        var authority = stored.get().register().authority();
        boolean whole = viewer.seesAggregatesOf(authority.laCode(), authority.regionCode());
        if (!whole) {
            if (!laCode.equals(viewer.laCode())) {
                return ApiProblems.unknownAuthority(laCode);
            }
            if (viewer.role() != Role.TEAM_MANAGER || !"team".equals(by)) {
                return ApiProblems.forbidden("Your role does not see this authority's continuity figures"
                        + (viewer.role() == Role.TEAM_MANAGER ? " as a whole; ask for them by team." : "."));
            }
        }
        Object answered = answer.of(viewer, stored.get().register());
        return answered instanceof ResponseEntity<?> entity ? entity : ResponseEntity.ok(answered);
    }

    /** How the continuity figures are suppressed for a viewer who gets suppressed figures (decision 0012). */
    static final Suppression.Rules SUPPRESSION = new Suppression.Rules()
            .count("children")
            .count("children_with_3_plus_workers")
            .rate("percent_with_3_plus_workers", List.of("children"), "children_with_3_plus_workers", "children")
            .rate("allocations_per_child", List.of("children"), "children")
            .count("cases_opened")
            .count("cases_opened_and_allocated")
            .rate("median_days_to_first_allocation", List.of("cases_opened_and_allocated"), "cases_opened_and_allocated");

    private static Object figures(Viewer viewer, Register register, LocalDate date, String by) {
        if (viewer.getsSuppressedFigures()) {
            // A regional analyst: small numbers of children and cases are "c", the authority's and the teams' together.
            Map<String, Map<String, Object>> teams = new LinkedHashMap<>();
            Continuity.byTeam(register, date).forEach((team, figures) -> teams.put(team, json(figures)));
            Suppression.Figures suppressed = Suppression.apply(SUPPRESSION, json(Continuity.of(register, date)), teams,
                    Map.of(), Map.of());
            return "team".equals(by) ? suppressed.teams() : suppressed.authority();
        }
        if (!"team".equals(by)) {
            return json(Continuity.of(register, date));
        }
        String la = register.authority().laCode();
        boolean whole = viewer.seesAggregatesOf(la, register.authority().regionCode());
        Map<String, Object> teams = new LinkedHashMap<>();
        Continuity.byTeam(register, date).forEach((team, figures) -> {
            if (whole || viewer.seesTeam(la, team)) {
                teams.put(team, json(figures));
            }
        });
        return teams;
    }

    /** Snake case, as the measures are named. */
    private static Map<String, Object> json(Continuity.Figures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("children", figures.children());
        json.put("children_with_3_plus_workers", figures.childrenWith3PlusWorkers());
        json.put("percent_with_3_plus_workers", figures.percentWith3PlusWorkers());
        json.put("allocations_per_child", figures.allocationsPerChild());
        json.put("cases_opened", figures.casesOpened());
        json.put("cases_opened_and_allocated", figures.casesOpenedAndAllocated());
        json.put("cases_waiting", figures.casesWaiting());
        json.put("median_days_to_first_allocation", figures.medianDaysToFirstAllocation());
        return json;
    }
}
