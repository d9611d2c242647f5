package uk.retain.census.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import uk.retain.census.CensusStartBundles;
import uk.retain.census.CensusStarts.CensusStart;
import uk.retain.census.CensusStarts.StartNote;
import uk.retain.census.CensusWorker;
import uk.retain.census.CensusXmlReader;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.Figure;
import uk.retain.web.UploadedFileName;

/**
 * "Start from last year's return" (decision 0035): HR or the administrator uploads a census return, sees what was
 * found in it (its records, what the bundle leaves out or defaults, the schema's errors by record) and downloads the
 * starting bundle, to import through the import page and its preview. Nothing reaches the register from here.
 */
@Controller
class CensusStartController {

    /** The session's starting bundle, kept between the upload and its download. */
    static final String HELD = "census.start";

    private final CensusStartBundles bundles;
    private final Viewers viewers;
    private final MessageSource messages;

    CensusStartController(CensusStartBundles bundles, Viewers viewers, MessageSource messages) {
        this.bundles = bundles;
        this.viewers = viewers;
        this.messages = messages;
    }

    /** The bundle made from the upload, until downloaded or replaced by another upload. */
    record Held(String lea, int year, int workers, byte[] zip) implements Serializable {
    }

    /** One note of what the bundle could not carry, as the page lists it. */
    record NoteRow(String record, String field, String text) {
    }

    /** One schema error, by the record it falls in. */
    record SchemaRow(String record, int line, String message) {
    }

    @GetMapping("/census/start")
    ModelAndView form() {
        allowed();
        return new ModelAndView("census/start");
    }

    @PostMapping("/census/start")
    ModelAndView upload(@RequestParam(name = "return", required = false) MultipartFile file, HttpSession session) throws IOException {
        Viewer viewer = allowed();
        if (file == null || file.isEmpty()) {
            return error(text("census.start.error.noFile"));
        }
        String name = UploadedFileName.of(file, "return.xml");
        CensusStartBundles.Outcome outcome = bundles.start(viewer, name, file.getBytes());
        return switch (outcome) {
            case CensusStartBundles.NotAReturn(int line, String message) -> error(text("census.start.error.notXml", name,
                    Integer.toString(line)));
            case CensusStartBundles.Refused(List<StartNote> notes) -> error(notes.stream()
                    .map(note -> text("census.start.issue." + note.issue().code())).reduce((a, b) -> a + " " + b).orElseThrow());
            case CensusStartBundles.OtherAuthority(String lea) -> error(text("census.start.error.otherAuthority", lea, viewer.laCode()));
            case CensusStartBundles.Started started -> started(started, name, session);
        };
    }

    @GetMapping("/census/start/bundle.zip")
    ResponseEntity<byte[]> download(HttpSession session) {
        Viewer viewer = allowed();
        if (!(session.getAttribute(HELD) instanceof Held held) || !held.lea().equals(viewer.laCode())) {
            // Nothing uploaded in this session: back to the page, which asks for the return.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/census/start").build();
        }
        bundles.exported(viewer, held.lea(), held.year(), held.workers());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bundle-" + held.lea() + "-from-census-" + held.year() + ".zip").build().toString())
                .body(held.zip());
    }

    private ModelAndView started(CensusStartBundles.Started started, String name, HttpSession session) {
        CensusXmlReader.Read read = started.read();
        CensusStart start = started.start();
        int year = read.census().year().year();
        session.setAttribute(HELD, new Held(start.register().authority().laCode(), year, start.register().workers().size(), started.zip()));
        ModelAndView page = new ModelAndView("census/start");
        page.addObject("heading", text("census.start.found.heading", name));
        long agency = read.census().workers().stream().filter(CensusWorker::agencyWorker).count();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("census.start.found.authority"), start.register().authority().laCode()));
        figures.add(new Figure(text("census.start.found.date"), Days.written(read.census().year().referenceDate())));
        figures.add(new Figure(text("census.start.found.records"), Integer.toString(read.census().workers().size())));
        figures.add(new Figure(text("census.start.found.agency"), Long.toString(agency)));
        figures.add(new Figure(text("census.start.found.workers"), Integer.toString(start.register().workers().size())));
        figures.add(new Figure(text("census.start.found.leftOut"), Long.toString(start.recordsLeftOut())));
        figures.add(new Figure(text("census.start.found.schema"), read.schemaErrors().isEmpty() ? text("census.summary.schemaValid")
                : text("census.summary.schemaInvalid", Integer.toString(read.schemaErrors().size()))));
        page.addObject("figures", figures);
        page.addObject("historyFrom", text("census.start.found.history", Days.written(start.register().authority().historyFrom())));
        page.addObject("registerHeld", started.registerHeld());
        List<NoteRow> notes = new ArrayList<>();
        for (StartNote note : start.notes()) {
            notes.add(new NoteRow(record(note.record(), note.sweNumber()), note.issue().field(),
                    text("census.start.issue." + note.issue().code())));
        }
        for (CensusXmlReader.RecordError unreadable : read.unreadable()) {
            notes.add(new NoteRow(record(unreadable.record(), null), "-", unreadable.message()));
        }
        page.addObject("notes", notes);
        page.addObject("schemaRows", read.schemaErrors().stream()
                .map(error -> new SchemaRow(record(error.record(), null), error.line(), error.message())).toList());
        return page;
    }

    private String record(int record, String sweNumber) {
        if (record == 0) {
            return text("census.checks.wholeReturn");
        }
        return sweNumber == null ? text("census.start.record", Integer.toString(record))
                : text("census.start.recordSwe", Integer.toString(record), sweNumber);
    }

    private ModelAndView error(String message) {
        ModelAndView page = new ModelAndView("census/start");
        page.addObject("returnError", message);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private Viewer allowed() {
        Viewer viewer = viewers.require();
        if (!viewer.startsFromCensusReturnOf(viewer.laCode())) {
            throw new AccessDeniedException("starting from a census return is for HR and the administrator");
        }
        return viewer;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.UK);
    }
}
