package uk.retain.region.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.region.RegionalReturn;
import uk.retain.region.SweHashes;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The council's regional return for its workforce lead and HR: what it holds (aggregates only) and the download, its
 * SWE numbers hashed with the region's key, which they choose from a file and which is used for the download only,
 * never kept. Every download is in the audit trail.
 */
@Controller
class ReturnController {

    /** An error on the form: the field's id and the message's code. */
    record FieldError(String id, String code) {
    }

    private final Viewers viewers;
    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnController(Viewers viewers, Registers registers, ApplicationEventPublisher events, Clock clock) {
        this.viewers = viewers;
        this.registers = registers;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/regional-return")
    String page(Model model) {
        Register register = register(viewers.require());
        LocalDate date = CensusYear.latestOnOrBefore(LocalDate.now(clock)).referenceDate();
        show(model, register, date, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()), null);
        return "region/return";
    }

    @PostMapping("/regional-return")
    Object download(@RequestParam(name = "date-day", defaultValue = "") String day,
            @RequestParam(name = "date-month", defaultValue = "") String month,
            @RequestParam(name = "date-year", defaultValue = "") String year,
            @RequestParam(name = "key", required = false) MultipartFile key, Model model) throws IOException {
        Viewer viewer = viewers.require();
        Register register = register(viewer);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = Days.fromBoxes(day, month, year);
        if (date == null) {
            errors.add(new FieldError("date", "regionalReturn.error.date"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", "regionalReturn.error.future"));
            date = null;
        }
        SweHashes hashes = null;
        if (key == null || key.isEmpty()) {
            errors.add(new FieldError("key", "regionalReturn.error.noKey"));
        } else {
            try {
                hashes = SweHashes.ofKey(trimmed(key.getBytes()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("key", "regionalReturn.error.shortKey"));
            }
        }
        if (register.authority().regionCode() == null) {
            errors.add(new FieldError("date", "regionalReturn.error.noRegion"));
        }
        if (!errors.isEmpty()) {
            show(model, register, date == null ? CensusYear.latestOnOrBefore(LocalDate.now(clock)).referenceDate() : date,
                    day, month, year, errors);
            return "region/return";
        }
        RegionalReturn made = RegionalReturn.of(register, date, hashes);
        events.publishEvent(Audited.of(viewer, Audited.Action.EXPORT, "regional_return", register.authority().laCode(),
                "the regional return of " + date + ": " + made.events().size() + " events as keyed hashes"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("regional-return-" + made.laCode() + "-" + date + ".json").build().toString())
                .body(made.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The key file's bytes without a final line end, as {@link SweHashes#fromFile} reads them. */
    private static byte[] trimmed(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    private Register register(Viewer viewer) {
        if (!viewer.sendsRegionalReturnOf(viewer.laCode())) {
            throw new AccessDeniedException("the regional return is made by the council's workforce lead and HR");
        }
        return registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
    }

    /** The page: what the return holds on the day (its SWE numbers hashed with a key of this request only), the form. */
    private void show(Model model, Register register, LocalDate date, String day, String month, String year, List<FieldError> errors) {
        RegionalReturn preview = RegionalReturn.of(register, date, SweHashes.ephemeral());
        List<List<String>> agency = new ArrayList<>();
        preview.agency().forEach((type, bands) -> bands.forEach((band, count) ->
                agency.add(List.of("agency.jobType." + type, band, String.valueOf(count)))));
        model.addAttribute("council", register.authority().name());
        model.addAttribute("regionCode", register.authority().regionCode());
        model.addAttribute("date", Days.written(date));
        model.addAttribute("measures", preview.measures().size());
        model.addAttribute("agency", agency);
        model.addAttribute("events", preview.events().size());
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        model.addAttribute("errors", errors);
        model.addAttribute("dateError", errors == null ? null : errors.stream().filter(e -> e.id().equals("date")).map(FieldError::code).findFirst().orElse(null));
        model.addAttribute("keyError", errors == null ? null : errors.stream().filter(e -> e.id().equals("key")).map(FieldError::code).findFirst().orElse(null));
    }
}
