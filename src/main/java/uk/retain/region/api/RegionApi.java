package uk.retain.region.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.region.CrossBorder;
import uk.retain.region.InvalidReturnException;
import uk.retain.region.RegionalChecks;
import uk.retain.region.RegionalReturns;
import uk.retain.region.ReturnImports;
import uk.retain.web.ApiProblems;

/**
 * The hub's API for the region's regional analysts: the imported returns, importing one (whole or not at all; a
 * return of a council and day already imported is refused with 409 unless {@code replace=true} says it may replace
 * it), and the cross-border checks and flows as suppressed counts.
 */
@RestController
class RegionApi {

    private final Viewers viewers;
    private final ReturnImports imports;
    private final RegionalReturns returns;
    private final RegionalChecks checks;
    private final Clock clock;

    RegionApi(Viewers viewers, ReturnImports imports, RegionalReturns returns, RegionalChecks checks, Clock clock) {
        this.viewers = viewers;
        this.imports = imports;
        this.returns = returns;
        this.checks = checks;
        this.clock = clock;
    }

    @GetMapping("/api/v1/region/returns")
    ResponseEntity<?> list() {
        Viewer viewer = viewers.require();
        if (!viewer.analysesRegion()) {
            return ApiProblems.forbidden("The region's hub is for its regional analysts.");
        }
        List<Object> list = new ArrayList<>();
        for (RegionalReturns.Imported imported : returns.of(viewer.account().regionCode())) {
            list.add(json(imported));
        }
        return ResponseEntity.ok(Map.of("returns", list));
    }

    @PostMapping(path = "/api/v1/region/returns", consumes = "application/json")
    ResponseEntity<?> importReturn(@RequestBody(required = false) byte[] body, @RequestParam(defaultValue = "false") boolean replace) {
        Viewer viewer = viewers.require();
        if (!viewer.analysesRegion()) {
            return ApiProblems.forbidden("The region's hub is for its regional analysts.");
        }
        ReturnImports.Checked checked = imports.check(viewer, "return", body == null ? new byte[0] : body);
        if (!checked.valid()) {
            return ResponseEntity.unprocessableContent().body(ApiProblems.invalid("invalid-regional-return", "Invalid regional return",
                    "The return was not imported: " + checked.problems().size() + " problem(s). Nothing was stored.",
                    checked.problems(), InvalidReturnException.Problem::pointer, InvalidReturnException.Problem::message));
        }
        if (checked.replaces().isPresent() && !replace) {
            RegionalReturns.Imported earlier = checked.replaces().get();
            var problem = ApiProblems.problem(HttpStatus.CONFLICT, "regional-return-held", "A return of this council and day is held",
                    "Importing this return would replace the return of " + earlier.council() + " (" + earlier.laCode() + ") on "
                            + earlier.referenceDate() + " imported " + earlier.importedAt() + " by " + earlier.importedBy()
                            + ". Send it again with replace=true to replace it. Nothing was stored.");
            problem.setProperty("replaces", json(earlier));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        RegionalReturns.Imported stored = imports.store(viewer, checked.read());
        Map<String, Object> answer = json(stored);
        answer.put("replaced", checked.replaces().isPresent());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @GetMapping("/api/v1/region/cross-border")
    ResponseEntity<?> crossBorder() {
        Viewer viewer = viewers.require();
        if (!viewer.analysesRegion()) {
            return ApiProblems.forbidden("The region's cross-border checks are for its regional analysts.");
        }
        LocalDate today = LocalDate.now(clock);
        RegionalChecks.Checks found = checks.of(viewer.account().regionCode(), today);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("region_code", viewer.account().regionCode());
        answer.put("date", today.toString());
        List<Object> councils = new ArrayList<>();
        for (RegionalChecks.Source source : found.sources()) {
            Map<String, Object> council = new LinkedHashMap<>();
            council.put("la_code", source.laCode());
            council.put("name", source.name());
            council.put("source", source.held() ? "register" : "regional_return");
            council.put("reference_date", source.referenceDate().toString());
            council.put("checked", source.matched());
            councils.add(council);
        }
        answer.put("councils", councils);
        answer.put("breaches", CrossBorder.breachCounts(found.result().breaches()));
        List<Object> flows = new ArrayList<>();
        CrossBorder.flowCounts(found.result().flows()).forEach((from, tos) -> tos.forEach((to, moves) -> {
            Map<String, Object> flow = new LinkedHashMap<>();
            flow.put("from", from);
            flow.put("to", to);
            flow.put("moves", moves);
            flows.add(flow);
        }));
        answer.put("flows", flows);
        return ResponseEntity.ok(answer);
    }

    private static Map<String, Object> json(RegionalReturns.Imported imported) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("la_code", imported.laCode());
        json.put("council", imported.council());
        json.put("reference_date", imported.referenceDate().toString());
        json.put("key_check", imported.keyCheck());
        json.put("events", imported.events());
        json.put("imported_by", imported.importedBy());
        json.put("imported_at", imported.importedAt().toString());
        return json;
    }
}
