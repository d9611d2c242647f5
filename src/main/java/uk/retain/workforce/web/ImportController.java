package uk.retain.workforce.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.BundleChanges;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;
import uk.retain.workforce.RecordedRow;
import uk.retain.workforce.RecordedSupervision;
import uk.retain.workforce.ReplaceRetain;
import uk.retain.workforce.web.PendingImports.Pending;

/**
 * The administrator's import of a bundle (.zip) for their own authority. A bundle with any problem is refused
 * whole, every problem listed. An accepted one is held (see {@link PendingImports}) while a page shows what it would
 * change, file by file, and names the allocations made in Retain that it lacks; only the administrator's
 * confirmation imports it, and the page then redirects to its summary. The page also downloads the allocations
 * made in Retain since a date, for the case management system to catch up.
 */
@Controller
class ImportController {

    private static final String VIEW = "workforce/import";
    private static final String PREVIEW = "workforce/import-preview";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final Registers registers;
    private final Viewers viewers;
    private final BundleUploads uploads;
    private final Clock clock;
    private final MadeInRetainDownloads downloads;

    ImportController(Registers registers, Viewers viewers, BundleUploads uploads, Clock clock,
            MadeInRetainDownloads downloads) {
        this.downloads = downloads;
        this.registers = registers;
        this.viewers = viewers;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** What an import brought in, shown after the redirect. */
    /** @param historyFrom the first day of complete history, as the page writes it, or null when not given */
    record Summary(String authority, String laCode, long version, List<FileRows> files, String historyFrom)
            implements Serializable {
    }

    /** The rows one file of the bundle gave. */
    record FileRows(String file, int rows) implements Serializable {
    }

    /** One file's line of the check: rows now and in the bundle, and what the import does to them. */
    record FileLine(String file, boolean inBundle, int before, int after, int added, int ended, int changed, String matchedBy) {
    }

    /** An allocation made in Retain that the bundle lacks, as the check names it. */
    record RetainLine(String workerName, String workerId, String caseId, String role, String from, String madeBy, String madeOn) {
    }

    /** A row of a capability file recorded in Retain that the bundle lacks: its file, its cells by column. */
    record RecordLine(String file, String cells, String recordedBy, String recordedOn) {
    }

    /** A supervision session recorded in Retain that the bundle lacks, as the check names it. */
    record SessionLine(String workerName, String workerId, String date, String kind, int minutes, String recordedBy,
            String recordedOn) {
    }

    @GetMapping("/import")
    String form(HttpServletRequest request, Model model) {
        Viewer viewer = administrator();
        // "/import?done", the page an import redirects to: its parameter has no value.
        boolean done = request.getParameterMap().containsKey("done");
        if (done && !model.containsAttribute("summary")) {
            // A reload of the success page, whose flash attribute is gone: show the register as it now stands.
            registers.find(viewer.laCode()).ifPresent(stored -> model.addAttribute("summary", summary(stored)));
        }
        addChangedInRetain(viewer, model);
        return VIEW;
    }

    /** The upload: a bundle with problems is refused here; a good one is held and its check shown. */
    @PostMapping("/import")
    ModelAndView upload(@RequestParam(name = "bundle", required = false) MultipartFile bundle) throws IOException {
        Viewer viewer = administrator();
        if (bundle == null || bundle.isEmpty()) {
            return refused(viewer, "import.error.noFile", List.of(), null);
        }
        return switch (uploads.check(viewer, bundle)) {
            case BundleUploads.Checked(Pending pending) -> new ModelAndView("redirect:/import/preview/" + pending.token());
            case BundleUploads.Invalid(List<Problem> problems) ->
                    refused(viewer, "import.error.problems", problems.stream().map(Problem::toString).toList(), problems.size());
            case BundleUploads.Busy() -> refused(viewer, "import.error.busy", List.of(), null, HttpStatus.SERVICE_UNAVAILABLE);
            case BundleUploads.OtherAuthority(String laCode) -> {
                ModelAndView page = refused(viewer, "import.error.otherAuthority", List.of(), null);
                page.addObject("bundleAuthority", laCode);
                page.addObject("ownAuthority", viewer.laCode());
                yield page;
            }
        };
    }

    /** What the held upload would change, with the button that imports it. */
    @GetMapping("/import/preview/{token}")
    ModelAndView preview(@PathVariable String token) {
        Viewer viewer = administrator();
        return uploads.held(viewer, token).map(pending -> previewPage(pending, HttpStatus.OK)).orElseGet(() -> expired(viewer));
    }

    /** The confirmation: imports the held upload, or shows its check again when something needs the viewer's eyes. */
    @PostMapping("/import/preview/{token}")
    ModelAndView confirm(@PathVariable String token,
            @RequestParam(name = "replaceRetainAllocations", required = false) String replaceRetainAllocations,
            RedirectAttributes redirect) {
        Viewer viewer = administrator();
        // The page's one tick box confirms everything made in Retain that the check listed beside it.
        ReplaceRetain replace = "true".equals(replaceRetainAllocations) ? ReplaceRetain.EVERYTHING : ReplaceRetain.NOTHING;
        return switch (uploads.confirm(viewer, token, replace)) {
            case BundleUploads.Imported(StoredRegister stored, ImportPreview preview) -> {
                redirect.addFlashAttribute("summary", summary(stored));
                redirect.addFlashAttribute("retainAllocationsEnded", preview.retainAllocationsEnded().size());
                redirect.addFlashAttribute("retainSupervisionsDropped", preview.retainSupervisionsDropped().size());
                redirect.addFlashAttribute("retainRowsDropped", preview.retainRowsDropped().size());
                yield new ModelAndView("redirect:/import?done");
            }
            case BundleUploads.RemovesMadeInRetain(ImportPreview preview) -> againWithError(viewer, token,
                    preview.dropsRetainSupervisions() || preview.dropsRetainRows() ? "import.preview.error.confirmAll"
                            : "import.preview.error.confirm",
                    HttpStatus.UNPROCESSABLE_CONTENT);
            case BundleUploads.Changed(Pending pending) -> {
                redirect.addFlashAttribute("changedSinceCheck", true);
                yield new ModelAndView("redirect:/import/preview/" + pending.token());
            }
            case BundleUploads.Expired() -> expired(viewer);
            case BundleUploads.Busy() -> againWithError(viewer, token, "import.error.busy", HttpStatus.SERVICE_UNAVAILABLE);
        };
    }

    /** The check shown again with an error on the confirmation, or the expired page when it has just gone. */
    private ModelAndView againWithError(Viewer viewer, String token, String error, HttpStatus status) {
        return uploads.held(viewer, token).map(pending -> {
            ModelAndView page = previewPage(pending, status);
            page.addObject("confirmError", error);
            return page;
        }).orElseGet(() -> expired(viewer));
    }

    /**
     * The allocations made or ended in Retain on or after a day, as an allocations.csv of the bundle format for the
     * case management system; a missing or wrong date is a field error on the import page.
     */
    @GetMapping("/import/allocations.csv")
    ModelAndView retainAllocations(@RequestParam(name = "since", required = false) String since, HttpServletResponse response)
            throws IOException {
        Viewer viewer = administrator();
        return madeInRetainSince(viewer, since, "since", BundleFile.ALLOCATIONS, day -> downloads.allocations(viewer, day), response);
    }

    /**
     * The supervision sessions recorded in Retain on or after a day, as a supervisions.csv of the bundle format for the
     * case management system (without the cases discussed: the file has no such column); a missing or wrong date is a
     * field error on the import page.
     */
    @GetMapping("/import/supervisions.csv")
    ModelAndView retainSupervisions(@RequestParam(name = "since", required = false) String since, HttpServletResponse response)
            throws IOException {
        Viewer viewer = administrator();
        return madeInRetainSince(viewer, since, "supervisionsSince", BundleFile.SUPERVISIONS,
                day -> downloads.supervisions(viewer, day), response);
    }

    /** The authority's data as Retain holds it, as a bundle .zip; the import page when nothing is held yet. */
    @GetMapping("/import/bundle.zip")
    ModelAndView bundle(HttpServletResponse response) throws IOException {
        Viewer viewer = administrator();
        java.util.Optional<byte[]> zip = downloads.bundle(viewer);
        if (zip.isEmpty()) {
            return new ModelAndView("redirect:/import");
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(viewer.laCode() + "-bundle.zip").build().toString());
        response.getOutputStream().write(zip.get());
        return null;
    }

    /**
     * One of the downloads above: the file of what was made in Retain since the day {@code since} asks for, written to
     * the response (null: no view), or the import page with the error on the field named {@code field}.
     */
    private ModelAndView madeInRetainSince(Viewer viewer, String since, String field, BundleFile file,
            java.util.function.Function<LocalDate, byte[]> written, HttpServletResponse response) throws IOException {
        String error = null;
        LocalDate day = null;
        if (since == null || since.isBlank()) {
            error = "import.download.error.missing";
        } else {
            try {
                day = ReferenceDate.parse(since);
            } catch (IllegalArgumentException e) {
                error = "import.download.error.date";
            }
        }
        if (error != null) {
            ModelAndView page = new ModelAndView(VIEW, HttpStatus.BAD_REQUEST);
            addChangedInRetain(viewer, page);
            page.addObject(field + "Error", error);
            page.addObject(field, since);
            return page;
        }
        byte[] csv = written.apply(day);
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName()).build().toString());
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
        return null;
    }

    private ModelAndView previewPage(Pending pending, HttpStatus status) {
        ImportPreview preview = pending.preview();
        ModelAndView page = new ModelAndView(PREVIEW, status);
        Register bundle = pending.register();
        page.addObject("token", pending.token());
        page.addObject("fileName", pending.fileName());
        page.addObject("authority", bundle.authority().name());
        page.addObject("laCode", bundle.authority().laCode());
        page.addObject("firstImport", preview.current() == null);
        page.addObject("version", preview.version());
        page.addObject("anyChange", !preview.changes().none());
        List<FileLine> files = new ArrayList<>();
        for (BundleChanges.FileChange file : preview.changes().files()) {
            files.add(new FileLine(file.file(), file.inBundle(), file.before(), file.after(), file.added(), file.ended(),
                    file.changed(), String.join(", ", BundleChanges.keyOf(file.file()))));
        }
        page.addObject("files", files);
        List<RetainLine> lines = new ArrayList<>();
        for (AllocationProvenance made : preview.retainAllocationsEnded()) {
            lines.add(new RetainLine(preview.workerName(made.allocation().workerId()), made.allocation().workerId(),
                    made.allocation().caseId(), "worker.allocationRole." + made.allocation().role().code(),
                    Days.written(made.allocation().startDate()), made.madeBy(), writtenAt(made.madeAt())));
        }
        page.addObject("retainAllocations", lines);
        List<SessionLine> sessions = new ArrayList<>();
        for (RecordedSupervision recorded : preview.retainSupervisionsDropped()) {
            sessions.add(new SessionLine(preview.workerName(recorded.session().workerId()), recorded.session().workerId(),
                    Days.written(recorded.session().date()), "worker.supervision.kind." + recorded.session().kind().code(),
                    recorded.session().minutes(), recorded.recordedBy(), writtenAt(recorded.recordedAt())));
        }
        page.addObject("retainSupervisions", sessions);
        List<RecordLine> records = new ArrayList<>();
        for (RecordedRow recorded : preview.retainRowsDropped()) {
            records.add(new RecordLine(recorded.fileName(), recorded.byColumn(preview.current()).entrySet().stream()
                    .filter(cell -> !cell.getValue().isEmpty()).map(cell -> cell.getKey() + ": " + cell.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")), recorded.recordedBy(), writtenAt(recorded.recordedAt())));
        }
        page.addObject("retainRecords", records);
        page.addObject("removesMadeInRetain", preview.removesMadeInRetain());
        preview.retainSupervisionsDropped().stream().map(RecordedSupervision::recordedAt).min(Comparator.naturalOrder())
                .ifPresent(first -> page.addObject("supervisionsSince", first.atZone(clock.getZone()).toLocalDate().toString()));
        // The download that gives the case management system every one of them: from the day the first was made.
        preview.retainAllocationsEnded().stream().map(AllocationProvenance::madeAt).min(Comparator.naturalOrder())
                .ifPresent(first -> page.addObject("downloadSince", first.atZone(clock.getZone()).toLocalDate().toString()));
        return page;
    }

    private ModelAndView expired(Viewer viewer) {
        return refused(viewer, "import.error.expired", List.of(), null, HttpStatus.NOT_FOUND);
    }

    /**
     * How many allocations have been made or ended, and supervision sessions recorded, in Retain since the last
     * import, for the downloads' words.
     */
    private void addChangedInRetain(Viewer viewer, Model model) {
        model.addAttribute("changedInRetain", registers.changedInRetain(viewer.laCode()).size());
        model.addAttribute("recordedInRetain", registers.supervisionsRecorded(viewer.laCode()).size());
        model.addAttribute("since", "");
        model.addAttribute("supervisionsSince", "");
    }

    private void addChangedInRetain(Viewer viewer, ModelAndView page) {
        page.addObject("changedInRetain", registers.changedInRetain(viewer.laCode()).size());
        page.addObject("recordedInRetain", registers.supervisionsRecorded(viewer.laCode()).size());
        page.addObject("since", "");
        page.addObject("supervisionsSince", "");
    }

    private ModelAndView refused(Viewer viewer, String error, List<String> problems, Integer count) {
        return refused(viewer, error, problems, count, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView refused(Viewer viewer, String error, List<String> problems, Integer count, HttpStatus status) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("error", error);
        page.addObject("problems", problems);
        page.addObject("problemCount", count);
        addChangedInRetain(viewer, page);
        return page;
    }

    private String writtenAt(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        return Days.written(local.toLocalDate()) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    private Viewer administrator() {
        Viewer viewer = viewers.require();
        if (!viewer.mayImport()) {
            throw new AccessDeniedException("imports are for administrators");
        }
        return viewer;
    }

    static Summary summary(StoredRegister stored) {
        Register register = stored.register();
        List<FileRows> files = new ArrayList<>();
        for (BundleFile file : BundleFile.values()) {
            if (register.has(file)) {
                files.add(new FileRows(file.fileName(), rows(register, file)));
            }
        }
        register.capabilityFiles().forEach((name, rows) -> files.add(new FileRows(name, rows.size())));
        return new Summary(register.authority().name(), register.authority().laCode(), stored.version(), files,
                register.authority().historyFrom() == null ? null : Days.written(register.authority().historyFrom()));
    }

    private static int rows(Register register, BundleFile file) {
        return switch (file) {
            case AUTHORITY -> 1;
            case TEAMS -> register.teams().size();
            case WORKERS -> register.workers().size();
            case EMPLOYMENTS -> register.employments().size();
            case POSTS -> register.posts().size();
            case ABSENCES -> register.absences().size();
            case CASES -> register.cases().size();
            case ALLOCATIONS -> register.allocations().size();
            case SUPERVISIONS -> register.supervisions().size();
        };
    }
}
