package uk.retain.region.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.region.CrossBorder;
import uk.retain.region.RegionKey;
import uk.retain.region.RegionalChecks;
import uk.retain.region.RegionalReturns;
import uk.retain.region.ReturnImports;
import uk.retain.web.Days;

/**
 * The hub's pages for the region's regional analysts: the regional returns imported (whole or not at all, a second
 * return of the same council and day replacing the first only once the analyst has said so), and the cross-border
 * agency checks and flows between the councils, counts only, suppressed under 5.
 */
@Controller
class HubController {

    private static final String PENDING = "region.pendingReturn";

    /** A return waiting for the analyst to say it may replace the earlier one. */
    record Pending(String token, String fileName, byte[] bytes) implements java.io.Serializable {
    }

    /** A row of the breaches table: council, job type's words, and the three counts written out. */
    record BreachRow(String council, String jobType, List<String> counts) {
    }

    /** A row of the flows table. */
    record FlowRow(String from, String to, String moves) {
    }

    private final Viewers viewers;
    private final ReturnImports imports;
    private final RegionalReturns returns;
    private final RegionalChecks checks;
    private final RegionKey key;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    HubController(Viewers viewers, ReturnImports imports, RegionalReturns returns, RegionalChecks checks, RegionKey key, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.viewers = viewers;
        this.imports = imports;
        this.returns = returns;
        this.checks = checks;
        this.key = key;
        this.clock = clock;
    }

    static Viewer analyst(Viewers viewers) {
        Viewer viewer = viewers.require();
        if (!viewer.analysesRegion()) {
            throw new AccessDeniedException("the region's hub is for its regional analysts");
        }
        return viewer;
    }

    @GetMapping("/region/returns")
    String returnsPage(Model model) {
        Viewer viewer = analyst(viewers);
        list(model, viewer);
        return "region/returns";
    }

    private void list(Model model, Viewer viewer) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionalReturns.Imported imported : returns.of(viewer.account().regionCode())) {
            rows.add(List.of(imported.council() + " (" + imported.laCode() + ")", Days.written(imported.referenceDate()),
                    Days.written(LocalDate.ofInstant(imported.importedAt(), ZoneId.of("Europe/London"))), imported.importedBy(),
                    String.valueOf(imported.events())));
        }
        model.addAttribute("returns", rows);
        model.addAttribute("keyConfigured", key.configured());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", null);
        }
    }

    @PostMapping("/region/returns")
    String upload(@RequestParam(name = "return", required = false) MultipartFile file, HttpSession session, Model model,
            RedirectAttributes redirect) throws IOException {
        Viewer viewer = analyst(viewers);
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(text("regionHub.error.noFile")));
            list(model, viewer);
            return "region/returns";
        }
        String name = file.getOriginalFilename() == null ? "return.json" : file.getOriginalFilename();
        byte[] bytes = file.getBytes();
        ReturnImports.Checked checked = imports.check(viewer, name, bytes);
        if (!checked.valid()) {
            model.addAttribute("problems", checked.problems().stream()
                    .map(p -> name + (p.pointer().isEmpty() ? "" : " " + p.pointer()) + ": " + p.message()).limit(100).toList());
            model.addAttribute("problemCount", checked.problems().size());
            list(model, viewer);
            return "region/returns";
        }
        if (checked.replaces().isPresent()) {
            Pending pending = new Pending(UUID.randomUUID().toString(), name, bytes);
            session.setAttribute(PENDING, pending);
            RegionalReturns.Imported earlier = checked.replaces().get();
            model.addAttribute("token", pending.token());
            model.addAttribute("council", checked.read().council());
            model.addAttribute("date", Days.written(checked.read().referenceDate()));
            model.addAttribute("importedOn", Days.written(LocalDate.ofInstant(earlier.importedAt(), ZoneId.of("Europe/London"))));
            model.addAttribute("importedBy", earlier.importedBy());
            return "region/return-replace";
        }
        stored(redirect, imports.store(viewer, checked.read()), false);
        return "redirect:/region/returns";
    }

    @PostMapping("/region/returns/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Viewer viewer = analyst(viewers);
        Object held = session.getAttribute(PENDING);
        if (!(held instanceof Pending pending) || !pending.token().equals(token)) {
            model.addAttribute("problems", List.of(text("regionHub.error.expired")));
            list(model, viewer);
            return "region/returns";
        }
        session.removeAttribute(PENDING);
        // Checked again: another analyst may have imported meanwhile; whatever is there now is what it replaces.
        ReturnImports.Checked checked = imports.check(viewer, pending.fileName(), pending.bytes());
        if (!checked.valid()) {
            model.addAttribute("problems", checked.problems().stream().map(p -> pending.fileName() + " " + p.pointer() + ": " + p.message()).toList());
            list(model, viewer);
            return "region/returns";
        }
        stored(redirect, imports.store(viewer, checked.read()), checked.replaces().isPresent());
        return "redirect:/region/returns";
    }

    private static void stored(RedirectAttributes redirect, RegionalReturns.Imported imported, boolean replaced) {
        redirect.addFlashAttribute("stored", imported.council() + " (" + imported.laCode() + ")");
        redirect.addFlashAttribute("storedDate", Days.written(imported.referenceDate()));
        redirect.addFlashAttribute("storedEvents", imported.events());
        redirect.addFlashAttribute("replaced", replaced);
    }

    @GetMapping("/region/agency-checks")
    String agencyChecks(Model model) {
        Viewer viewer = analyst(viewers);
        RegionalChecks.Checks found = checks.of(viewer.account().regionCode(), LocalDate.now(clock));
        Map<String, String> names = found.names();
        List<BreachRow> breaches = new ArrayList<>();
        CrossBorder.breachCounts(found.result().breaches()).forEach((la, types) -> types.forEach((type, counts) -> {
            List<String> cells = new ArrayList<>();
            for (CrossBorder.Check check : CrossBorder.Check.values()) {
                cells.add(written(counts.getOrDefault(check.code(), 0)));
            }
            breaches.add(new BreachRow(names.getOrDefault(la, la), "agency.jobType." + type, cells));
        }));
        List<FlowRow> flows = new ArrayList<>();
        CrossBorder.flowCounts(found.result().flows()).forEach((from, tos) -> tos.forEach((to, moves) ->
                flows.add(new FlowRow(names.getOrDefault(from, from), names.getOrDefault(to, to), written(moves)))));
        model.addAttribute("sources", found.sources());
        model.addAttribute("sourceDates", found.sources().stream().map(s -> Days.written(s.referenceDate())).toList());
        model.addAttribute("breaches", breaches);
        model.addAttribute("flows", flows);
        model.addAttribute("keyConfigured", key.configured());
        model.addAttribute("today", Days.written(LocalDate.now(clock)));
        return "region/agency-checks";
    }

    private String written(Object count) {
        return uk.retain.measures.Suppression.SUPPRESSED.equals(count) ? text("dashboard.marker.c") : String.valueOf(count);
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
