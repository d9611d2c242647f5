package uk.retain.workforce.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;

/** Bundles in, authorities out. An invalid bundle changes nothing and is answered with every problem. */
@RestController
class BundleController {

    private final Registers registers;
    private final Viewers viewers;
    private final BundleUploads uploads;

    BundleController(Registers registers, Viewers viewers, BundleUploads uploads) {
        this.registers = registers;
        this.viewers = viewers;
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/v1/bundles", consumes = "multipart/form-data")
    ResponseEntity<?> importBundle(@RequestParam("bundle") MultipartFile bundle) throws IOException {
        Viewer viewer = viewers.require();
        return switch (uploads.upload(viewer, bundle)) {
            case BundleUploads.Imported(StoredRegister stored) -> ResponseEntity
                    .created(URI.create("/api/v1/authorities/" + stored.register().authority().laCode())).body(summary(stored));
            case BundleUploads.Invalid(List<Problem> problems) -> ResponseEntity.unprocessableContent().body(invalid(problems));
            case BundleUploads.OtherAuthority(String laCode) ->
                    ApiProblems.forbidden("This bundle is for authority " + laCode + "; you administer " + viewer.laCode() + ".");
            case BundleUploads.Busy() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "imports-busy", "Another import is under way",
                            "Another bundle is being imported; nothing was read. Try again in a minute."));
        };
    }

    /** The authorities the viewer may see: their own, or a regional analyst's region's. */
    @GetMapping("/api/v1/authorities")
    List<Map<String, Object>> authorities() {
        Viewer viewer = viewers.require();
        return registers.authorities().stream().filter(a -> visible(viewer, a))
                .map(BundleController::authority).toList();
    }

    @GetMapping("/api/v1/authorities/{laCode}")
    ResponseEntity<?> authority(@PathVariable String laCode) {
        Viewer viewer = viewers.require();
        return registers.find(laCode)
                .filter(stored -> visible(viewer, stored.register().authority()))
                .<ResponseEntity<?>>map(stored -> ResponseEntity.ok(summary(stored)))
                .orElseGet(() -> ApiProblems.unknownAuthority(laCode));
    }

    private static boolean visible(Viewer viewer, Authority authority) {
        return authority.laCode().equals(viewer.laCode()) || viewer.seesAggregatesOf(authority.laCode(), authority.regionCode());
    }

    private static ProblemDetail invalid(List<Problem> problems) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-bundle", "Invalid bundle",
                problems.size() + " problem(s) in the bundle; nothing was imported.");
        problem.setProperty("problems", problems.stream().map(Problem::byName).toList());
        return problem;
    }

    private static Map<String, Object> authority(Authority authority) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("la_code", authority.laCode());
        json.put("name", authority.name());
        json.put("region_code", authority.regionCode());
        return json;
    }

    private static Map<String, Object> summary(StoredRegister stored) {
        Register register = stored.register();
        Map<String, Object> json = authority(register.authority());
        json.put("version", stored.version());
        List<String> files = new java.util.ArrayList<>(register.files().stream().sorted().map(BundleFile::fileName).toList());
        files.addAll(register.capabilityFiles().keySet());
        json.put("files", files);
        json.put("history_from", register.authority().historyFrom() == null ? null : register.authority().historyFrom().toString());
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("teams", register.teams().size());
        rows.put("workers", register.workers().size());
        rows.put("employments", register.employments().size());
        rows.put("posts", register.posts().size());
        rows.put("absences", register.absences().size());
        rows.put("cases", register.cases().size());
        rows.put("allocations", register.allocations().size());
        rows.put("supervisions", register.supervisions().size());
        register.capabilityFiles().forEach((file, fileRows) -> rows.put(file.replace(".csv", ""), fileRows.size()));
        json.put("rows", rows);
        json.put("measures", "/api/v1/authorities/" + register.authority().laCode() + "/measures");
        return json;
    }
}
