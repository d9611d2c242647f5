package uk.retain.planning.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.planning.Calibration;
import uk.retain.planning.ForecastJson;
import uk.retain.planning.Levers;
import uk.retain.planning.PlanScope;
import uk.retain.planning.ScenarioJson;
import uk.retain.planning.Scenarios;
import uk.retain.planning.WorkforceForecast;
import uk.retain.web.ApiProblems;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The planning API: the authority's forecast as the {@code forecast} command prints it, under a saved (or example)
 * scenario; its scenarios listed; and a scenario saved or removed by the workforce lead. The forecast is of the whole
 * authority in aggregate, so it is not audited; changes to scenarios are.
 */
@RestController
class PlanningApi {

    /** The most runs one call may ask for, so that one call cannot hold a core for long. */
    static final int MAX_RUNS = 5_000;

    private final Registers registers;
    private final Viewers viewers;
    private final Scenarios scenarios;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanningApi(Registers registers, Viewers viewers, Scenarios scenarios, ApplicationEventPublisher events, Clock clock) {
        this.registers = registers;
        this.viewers = viewers;
        this.scenarios = scenarios;
        this.events = events;
        this.clock = clock;
    }

    /** The forecast from {@code date} (default today) under {@code scenario} (default the first one offered). */
    @GetMapping("/api/v1/authorities/{laCode}/forecast")
    ResponseEntity<?> forecast(@PathVariable String laCode, @RequestParam(required = false) String date,
            @RequestParam(required = false) String scenario, @RequestParam(required = false) Integer runs,
            @RequestParam(required = false) Integer months, @RequestParam(required = false) Long seed) {
        Viewer viewer = viewers.require();
        Optional<Register> held = PlanScope.own(registers, viewer, laCode);
        if (held.isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!PlanScope.reads(viewer, laCode)) {
            return ApiProblems.forbidden("The plan is for the authority's workforce lead and senior leaders.");
        }
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(clock) : ReferenceDate.parse(date);
        } catch (RuntimeException e) {
            return ApiProblems.badRequest("date must be a date as YYYY-MM-DD, not " + date);
        }
        int runCount = runs == null ? WorkforceForecast.DEFAULT_RUNS : runs;
        int monthCount = months == null ? WorkforceForecast.DEFAULT_MONTHS : months;
        if (runCount < 1 || runCount > MAX_RUNS || monthCount < 1 || monthCount > WorkforceForecast.MAX_MONTHS) {
            return ApiProblems.badRequest("runs must be 1 to " + MAX_RUNS + " and months 1 to "
                    + WorkforceForecast.MAX_MONTHS);
        }
        Optional<Scenarios.Scenario> chosen = scenario == null || scenario.isBlank()
                ? scenarios.of(laCode).stream().findFirst() : scenarios.find(laCode, scenario.strip());
        if (chosen.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND,
                    "unknown-scenario", "Unknown scenario", "No scenario " + scenario + " for " + laCode + "."));
        }
        Calibration calibration = Calibration.of(held.get(), day, PublishedIndicators.fromClasspath());
        var forecast = WorkforceForecast.run(calibration, chosen.get().levers(), runCount, monthCount,
                seed == null ? WorkforceForecast.DEFAULT_SEED : seed);
        return ResponseEntity.ok(ForecastJson.of(laCode, chosen.get().name(), forecast));
    }

    /** The scenarios offered: the saved ones, or the examples while none is saved. */
    @GetMapping("/api/v1/authorities/{laCode}/scenarios")
    ResponseEntity<?> scenarios(@PathVariable String laCode) {
        Viewer viewer = viewers.require();
        if (PlanScope.own(registers, viewer, laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!PlanScope.reads(viewer, laCode)) {
            return ApiProblems.forbidden("The plan is for the authority's workforce lead and senior leaders.");
        }
        List<Object> list = new ArrayList<>();
        for (Scenarios.Scenario scenario : scenarios.of(laCode)) {
            list.add(json(scenario));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("la_code", laCode);
        body.put("scenarios", list);
        return ResponseEntity.ok(body);
    }

    /** Saves a scenario's levers under its name (the fields of docs/planning.md; a field left out is as now). */
    @PutMapping(path = "/api/v1/authorities/{laCode}/scenarios/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> save(@PathVariable String laCode, @PathVariable String name, @RequestBody Object body) {
        Viewer viewer = viewers.require();
        if (PlanScope.own(registers, viewer, laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!PlanScope.changes(viewer, laCode)) {
            return ApiProblems.forbidden("The workforce lead saves the authority's scenarios.");
        }
        String cleaned = name.strip();
        List<String> problems = new ArrayList<>();
        if (cleaned.isEmpty() || cleaned.length() > Scenarios.NAME_LENGTH) {
            problems.add("name: a name of 1 to " + Scenarios.NAME_LENGTH + " characters");
        }
        Levers levers = null;
        try {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (body instanceof Map<?, ?> map) {
                map.forEach((key, value) -> fields.put(String.valueOf(key), value));
                fields.remove("name");
                levers = ScenarioJson.levers(fields);
            } else {
                levers = ScenarioJson.levers(body);
            }
        } catch (ScenarioJson.InvalidScenarioException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.unprocessableContent().body(ApiProblems.invalid("invalid-scenario",
                    "Invalid scenario", "The scenario was not saved: " + problems.size() + " problem(s).", problems,
                    problem -> "/" + problem.substring(0, problem.indexOf(':')).replace('.', '/'),
                    problem -> problem.substring(problem.indexOf(':') + 2)));
        }
        scenarios.save(laCode, cleaned, levers, viewer.account().username(), clock.instant());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "planning_scenario", cleaned, "saved over the API"));
        return ResponseEntity.ok(json(scenarios.find(laCode, cleaned).orElseThrow()));
    }

    @DeleteMapping("/api/v1/authorities/{laCode}/scenarios/{name}")
    ResponseEntity<?> remove(@PathVariable String laCode, @PathVariable String name) {
        Viewer viewer = viewers.require();
        if (PlanScope.own(registers, viewer, laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!PlanScope.changes(viewer, laCode)) {
            return ApiProblems.forbidden("The workforce lead removes the authority's scenarios.");
        }
        if (!scenarios.remove(laCode, name.strip())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND,
                    "unknown-scenario", "Unknown scenario", "No saved scenario " + name + " for " + laCode + "."));
        }
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "planning_scenario", name.strip(), "removed over the API"));
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> json(Scenarios.Scenario scenario) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", scenario.name());
        json.put("example", scenario.changedAt() == null);
        json.put("levers", ScenarioJson.json(scenario.levers()));
        json.put("changed_by", scenario.changedBy());
        json.put("changed_at", scenario.changedAt() == null ? null : scenario.changedAt().toString());
        return json;
    }
}
