package uk.retain.workforce.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleChanges;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.Problem;
import uk.retain.workforce.RecordedRow;
import uk.retain.workforce.RecordedSupervision;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers.StoredRegister;
import uk.retain.workforce.Registers;
import uk.retain.workforce.ReplaceRetain;
import uk.retain.workforce.web.BundleUploads;
import uk.retain.workforce.web.MadeInRetainDownloads;

/** Bundles in, authorities out. An invalid bundle changes nothing and is answered with every problem. */
@RestController
class BundleApi {

    private final Registers registers;
    private final Viewers viewers;
    private final BundleUploads uploads;
    private final MadeInRetainDownloads downloads;

    BundleApi(Registers registers, Viewers viewers, BundleUploads uploads,
            MadeInRetainDownloads downloads) {
        this.downloads = downloads;
        this.registers = registers;
        this.viewers = viewers;
        this.uploads = uploads;
    }

    /**
     * Imports a bundle, replacing the authority's register whole. {@code dry_run=true} answers what it would change
     * and writes nothing; an import that would end allocations made in Retain since the last import is refused (409,
     * naming them) unless {@code replace_retain_allocations=true}, and one that would drop supervision sessions
     * recorded in Retain since then unless {@code replace_retain_supervisions=true}, and one that would drop rows of
     * capability files recorded in Retain (exit interviews, CPD activities, retention payments) unless
     * {@code replace_retain_records=true}: each kind is confirmed apart.
     */
    @PostMapping(path = "/api/v1/bundles", consumes = "multipart/form-data")
    ResponseEntity<?> importBundle(@RequestParam("bundle") MultipartFile bundle,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            @RequestParam(name = "replace_retain_allocations", defaultValue = "false") boolean replaceRetainAllocations,
            @RequestParam(name = "replace_retain_supervisions", defaultValue = "false") boolean replaceRetainSupervisions,
            @RequestParam(name = "replace_retain_records", defaultValue = "false") boolean replaceRetainRecords)
            throws IOException {
        Viewer viewer = viewers.require();
        ReplaceRetain replace = new ReplaceRetain(replaceRetainAllocations, replaceRetainSupervisions, replaceRetainRecords);
        return switch (uploads.upload(viewer, bundle, dryRun, replace)) {
            case BundleUploads.Imported(StoredRegister stored, ImportPreview preview) -> {
                Map<String, Object> json = summary(stored);
                json.put("changes", changes(preview));
                yield ResponseEntity.created(URI.create("/api/v1/authorities/" + stored.register().authority().laCode())).body(json);
            }
            case BundleUploads.DryRun(ImportPreview preview) -> ResponseEntity.ok(dryRun(preview, viewer.laCode()));
            case BundleUploads.RemovesMadeInRetain(ImportPreview preview) -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(removesMadeInRetain(preview, replace));
            case BundleUploads.Invalid(List<Problem> problems) -> ResponseEntity.unprocessableContent().body(invalid(problems));
            case BundleUploads.OtherAuthority(String laCode) ->
                    ApiProblems.forbidden("This bundle is for authority " + laCode + "; you administer " + viewer.laCode() + ".");
            case BundleUploads.Busy() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "imports-busy", "Another import is under way",
                            "Another bundle is being imported; nothing was read. Try again in a minute."));
        };
    }

    /**
     * The allocations made or ended in Retain on or after a day (from its start in England), as an allocations.csv
     * of the bundle format, for the case management system to catch up. For administrators of the authority: they
     * exchange the bundles with the case management system, and already handle these rows in every bundle.
     */
    @GetMapping(path = "/api/v1/authorities/{laCode}/allocations.csv")
    ResponseEntity<?> retainAllocations(@PathVariable String laCode,
            @RequestParam(name = "made_in_retain_since") LocalDate since) {
        Viewer viewer = viewers.require();
        if (!viewer.mayImport()) {
            return ApiProblems.forbidden("Allocations made in Retain are downloaded by administrators, who exchange bundles"
                    + " with the case management system.");
        }
        if (!laCode.equals(viewer.laCode()) || registers.find(laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        byte[] csv = downloads.allocations(viewer, since);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(BundleFile.ALLOCATIONS.fileName()).build().toString())
                .body(csv);
    }

    /**
     * The supervision sessions recorded in Retain on or after a day (from its start in England), as a supervisions.csv
     * of the bundle format, for the case management system to catch up; the cases discussed are left out, as the
     * file has no such column. For administrators of the authority, as the allocations are.
     */
    @GetMapping(path = "/api/v1/authorities/{laCode}/supervisions.csv")
    ResponseEntity<?> retainSupervisions(@PathVariable String laCode,
            @RequestParam(name = "recorded_in_retain_since") LocalDate since) {
        Viewer viewer = viewers.require();
        if (!viewer.mayImport()) {
            return ApiProblems.forbidden("Supervision sessions recorded in Retain are downloaded by administrators, who exchange"
                    + " bundles with the case management system.");
        }
        if (!laCode.equals(viewer.laCode()) || registers.find(laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        byte[] csv = downloads.supervisions(viewer, since);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(BundleFile.SUPERVISIONS.fileName()).build().toString())
                .body(csv);
    }

    /**
     * The authority's data as Retain holds it, as a bundle .zip of the format, with the rows made on Retain's pages:
     * for administrators of the authority, who exchange the bundles.
     */
    @GetMapping(path = "/api/v1/authorities/{laCode}/bundle.zip")
    ResponseEntity<?> bundle(@PathVariable String laCode) {
        Viewer viewer = viewers.require();
        if (!viewer.mayImport()) {
            return ApiProblems.forbidden("The authority's bundle is downloaded by administrators, who exchange bundles.");
        }
        if (!laCode.equals(viewer.laCode())) {
            return ApiProblems.unknownAuthority(laCode);
        }
        return downloads.bundle(viewer).<ResponseEntity<?>>map(zip -> ResponseEntity.ok()
                .contentType(new MediaType("application", "zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(laCode + "-bundle.zip").build().toString())
                .body(zip)).orElseGet(() -> ApiProblems.unknownAuthority(laCode));
    }

    /** The authorities the viewer may see: their own, or a regional analyst's region's. */
    @GetMapping("/api/v1/authorities")
    List<Map<String, Object>> authorities() {
        Viewer viewer = viewers.require();
        return registers.authorities().stream().filter(a -> visible(viewer, a))
                .map(BundleApi::authority).toList();
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

    /** What importing would change: each file's rows, and the allocations made in Retain that would end. */
    static Map<String, Object> changes(ImportPreview preview) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checked_against_version", preview.version());
        List<Map<String, Object>> files = new ArrayList<>();
        for (BundleChanges.FileChange file : preview.changes().files()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.file());
            line.put("in_bundle", file.inBundle());
            line.put("rows_before", file.before());
            line.put("rows_after", file.after());
            line.put("added", file.added());
            line.put("ended", file.ended());
            line.put("changed", file.changed());
            line.put("matched_by", BundleChanges.keyOf(file.file()));
            files.add(line);
        }
        json.put("files", files);
        json.put("retain_allocations_ended", retainAllocations(preview));
        json.put("retain_supervisions_dropped", retainSupervisions(preview));
        json.put("retain_records_dropped", retainRecords(preview));
        return json;
    }

    /** Each row recorded in Retain that the bundle lacks: its file, its cells by column, who recorded it and when. */
    private static List<Map<String, Object>> retainRecords(ImportPreview preview) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RecordedRow recorded : preview.retainRowsDropped()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", recorded.fileName());
            line.put("row", recorded.byColumn(preview.current()));
            line.put("recorded_by", recorded.recordedBy());
            line.put("recorded_at", recorded.recordedAt().toString());
            rows.add(line);
        }
        return rows;
    }

    private static List<Map<String, Object>> retainSupervisions(ImportPreview preview) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (RecordedSupervision recorded : preview.retainSupervisionsDropped()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("worker_id", recorded.session().workerId());
            line.put("worker_name", preview.workerName(recorded.session().workerId()));
            line.put("supervisor_id", recorded.session().supervisorId());
            line.put("date", recorded.session().date().toString());
            line.put("kind", recorded.session().kind().code());
            line.put("minutes", recorded.session().minutes());
            line.put("cases_discussed", recorded.casesDiscussed());
            line.put("recorded_by", recorded.recordedBy());
            line.put("recorded_at", recorded.recordedAt().toString());
            sessions.add(line);
        }
        return sessions;
    }

    /** The bundle is the viewer's own authority's: any other was refused before the check. */
    private static Map<String, Object> dryRun(ImportPreview preview, String laCode) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dry_run", true);
        json.put("la_code", laCode);
        json.putAll(changes(preview));
        return json;
    }

    private static List<Map<String, Object>> retainAllocations(ImportPreview preview) {
        List<Map<String, Object>> allocations = new ArrayList<>();
        for (AllocationProvenance made : preview.retainAllocationsEnded()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("case_id", made.allocation().caseId());
            line.put("worker_id", made.allocation().workerId());
            line.put("worker_name", preview.workerName(made.allocation().workerId()));
            line.put("role", made.allocation().role().code());
            line.put("start_date", made.allocation().startDate().toString());
            line.put("end_date", made.allocation().endDate() == null ? null : made.allocation().endDate().toString());
            line.put("made_by", made.madeBy());
            line.put("made_at", made.madeAt().toString());
            allocations.add(line);
        }
        return allocations;
    }

    /** The refusal names what would be lost and the parameter that confirms each kind not yet confirmed. */
    private static ProblemDetail removesMadeInRetain(ImportPreview preview, ReplaceRetain replace) {
        List<String> lost = new ArrayList<>();
        List<String> confirm = new ArrayList<>();
        List<String> catchUp = new ArrayList<>();
        if (preview.endsRetainAllocations() && !replace.allocations()) {
            lost.add(preview.retainAllocationsEnded().size() + " allocation(s) made in Retain");
            confirm.add("replace_retain_allocations=true");
            catchUp.add("GET allocations.csv?made_in_retain_since=");
        }
        if (preview.dropsRetainSupervisions() && !replace.supervisions()) {
            lost.add(preview.retainSupervisionsDropped().size() + " supervision session(s) recorded in Retain");
            confirm.add("replace_retain_supervisions=true");
            catchUp.add("GET supervisions.csv?recorded_in_retain_since=");
        }
        if (preview.dropsRetainRows() && !replace.records()) {
            preview.retainRowsDroppedByFile().forEach((file, n) -> lost.add(n + " " + file + " row(s) recorded in Retain"));
            confirm.add("replace_retain_records=true");
            catchUp.add("GET bundle.zip, which carries them");
        }
        boolean allocationsOnly = !preview.dropsRetainSupervisions() && !preview.dropsRetainRows();
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT,
                allocationsOnly ? "retain-allocations-would-end" : "made-in-retain-would-be-lost",
                allocationsOnly ? "Allocations made in Retain would be lost" : "Records made in Retain would be lost",
                "The bundle does not have " + String.join(" or ", lost) + " since the last import; importing it would remove"
                        + " them, so nothing was imported. Give them to the case management system (" + String.join(", ", catchUp)
                        + ") and export the bundle again, or send " + String.join(" and ", confirm) + " to import it anyway.");
        problem.setProperty("allocations", retainAllocations(preview));
        problem.setProperty("supervisions", retainSupervisions(preview));
        problem.setProperty("records", retainRecords(preview));
        problem.setProperty("checked_against_version", preview.version());
        return problem;
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
