package uk.retain.workforce.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;

/**
 * The administrator's import of a bundle (.zip) for their own authority. A bundle with any problem is refused
 * whole, every problem listed; an accepted one replaces the register and the page redirects to its summary.
 */
@Controller
class ImportController {

    private static final String VIEW = "workforce/import";

    private final Registers registers;
    private final Viewers viewers;
    private final BundleUploads uploads;

    ImportController(Registers registers, Viewers viewers, BundleUploads uploads) {
        this.registers = registers;
        this.viewers = viewers;
        this.uploads = uploads;
    }

    /** What an import brought in, shown after the redirect. */
    /** @param historyFrom the first day of complete history, as the page writes it, or null when not given */
    record Summary(String authority, String laCode, long version, List<FileRows> files, String historyFrom)
            implements Serializable {
    }

    /** The rows one file of the bundle gave. */
    record FileRows(String file, int rows) implements Serializable {
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
        return VIEW;
    }

    @PostMapping("/import")
    ModelAndView upload(@RequestParam(name = "bundle", required = false) MultipartFile bundle, RedirectAttributes redirect)
            throws IOException {
        Viewer viewer = administrator();
        if (bundle == null || bundle.isEmpty()) {
            return refused("import.error.noFile", List.of(), null);
        }
        return switch (uploads.upload(viewer, bundle)) {
            case BundleUploads.Imported(StoredRegister stored) -> {
                redirect.addFlashAttribute("summary", summary(stored));
                yield new ModelAndView("redirect:/import?done");
            }
            case BundleUploads.Invalid(List<Problem> problems) ->
                    refused("import.error.problems", problems.stream().map(Problem::toString).toList(), problems.size());
            case BundleUploads.Busy() -> refused("import.error.busy", List.of(), null, HttpStatus.SERVICE_UNAVAILABLE);
            case BundleUploads.OtherAuthority(String laCode) -> {
                ModelAndView page = refused("import.error.otherAuthority", List.of(), null);
                page.addObject("bundleAuthority", laCode);
                page.addObject("ownAuthority", viewer.laCode());
                yield page;
            }
        };
    }

    private static ModelAndView refused(String error, List<String> problems, Integer count) {
        return refused(error, problems, count, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static ModelAndView refused(String error, List<String> problems, Integer count, HttpStatus status) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("error", error);
        page.addObject("problems", problems);
        page.addObject("problemCount", count);
        return page;
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
