package uk.retain.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Listing;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The programme pages: a worker's early-career programme, a social worker's own, and the authority's cohorts. Every
 * view of a named place is audited; a worker outside the viewer's scope on the day is answered as if they did not
 * exist.
 */
@Controller
class ProgrammeController {

    private final Registers registers;
    private final ProgrammeViews views;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeController(Registers registers, ProgrammeViews views, Viewers viewers, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.views = views;
        this.viewers = viewers;
        this.events = events;
    }

    @GetMapping("/workers/{workerId}/programme")
    String worker(@PathVariable String workerId, @RequestParam(required = false) String date, Model model) {
        Viewer viewer = viewers.require();
        LocalDate day = ReferenceDate.of(date, clock);
        Register register = register(viewer).orElseThrow(PageNotFound::new);
        if (!ProgrammeViews.seesProgrammeOf(viewer, register.authority().laCode(), workerId,
                ProgrammeViews.teamsOn(register, workerId, day))) {
            throw new PageNotFound();
        }
        ProgrammeViews.WorkerProgramme programme = views.of(register, workerId, day).orElseThrow(PageNotFound::new);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", workerId, "programme on " + day + ", " + programme.places().size() + " place(s)"));
        model.addAttribute("programme", programme);
        model.addAttribute("own", false);
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("action", "/workers/" + workerId + "/programme");
        model.addAttribute("back", ReferenceDate.link("/workers/" + workerId, ReferenceDate.kept(date)));
        return "development/programme";
    }

    @GetMapping("/my-programme")
    String mine(@RequestParam(required = false) String date, Model model) {
        Viewer viewer = viewers.require();
        if (viewer.role() != Role.SOCIAL_WORKER) {
            throw new AccessDeniedException("my programme is a social worker's page");
        }
        LocalDate day = ReferenceDate.of(date, clock);
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("action", "/my-programme");
        model.addAttribute("own", true);
        String workerId = viewer.account().workerId();
        if (workerId == null) {
            model.addAttribute("problem", "programme.noWorker");
            return "development/programme";
        }
        Optional<ProgrammeViews.WorkerProgramme> programme = register(viewer)
                .filter(register -> ProgrammeViews.seesProgrammeOf(viewer, register.authority().laCode(), workerId,
                        ProgrammeViews.teamsOn(register, workerId, day)))
                .flatMap(register -> views.of(register, workerId, day));
        if (programme.isEmpty()) {
            model.addAttribute("problem", "programme.notInRegister");
            return "development/programme";
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", workerId, "own programme on " + day));
        model.addAttribute("programme", programme.get());
        return "development/programme";
    }

    @GetMapping("/programmes")
    String cohorts(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = cohortViewer();
        LocalDate day = ReferenceDate.of(date, clock);
        Register register = register(viewer).orElseThrow(PageNotFound::new);
        ProgrammeViews.Cohorts cohorts = views.cohorts(register, scope(viewer, register, day), day);
        boolean names = ProgrammeViews.namesPeople(viewer);
        if (names) {
            events.publishEvent(Audited.of(viewer, Action.VIEW, "programmes", register.authority().laCode(),
                    "cohort progress on " + day + ", " + cohorts.places().size() + " place(s) listed"));
        }
        String kept = ReferenceDate.kept(date);
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("names", names);
        model.addAttribute("teamScope", viewer.role() == Role.TEAM_MANAGER);
        model.addAttribute("places", names ? Listing.of(cohorts.places(), ProgrammeViews.placeColumns(), sort, dir, page)
                .keeping("date", kept) : null);
        model.addAttribute("csv", ReferenceDate.link("/programmes/places.csv", kept));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        return "development/programmes";
    }

    @GetMapping("/programmes/places.csv")
    ResponseEntity<byte[]> placesCsv(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Viewer viewer = cohortViewer();
        if (!ProgrammeViews.namesPeople(viewer)) {
            throw new AccessDeniedException("the list of places names people");
        }
        LocalDate day = ReferenceDate.of(date, clock);
        Register register = register(viewer).orElseThrow(PageNotFound::new);
        ProgrammeViews.Cohorts cohorts = views.cohorts(register, scope(viewer, register, day), day);
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "programmes", register.authority().laCode(),
                "places.csv on " + day + ", " + cohorts.places().size() + " place(s)"));
        return CsvDownload.of("programme-places-" + day + ".csv",
                Listing.of(cohorts.places(), ProgrammeViews.placeColumns(), sort, dir, 1));
    }

    private Viewer cohortViewer() {
        Viewer viewer = viewers.require();
        if (!ProgrammeViews.seesCohorts(viewer)) {
            throw new AccessDeniedException("the cohorts are for managers and the authority's leaders");
        }
        return viewer;
    }

    /** A team manager's cohorts are the workers in their teams on the day; the other roles', the authority's. */
    private static Predicate<String> scope(Viewer viewer, Register register, LocalDate day) {
        if (viewer.role() != Role.TEAM_MANAGER) {
            return workerId -> true;
        }
        String laCode = register.authority().laCode();
        return workerId -> viewer.seesWorker(laCode, workerId, ProgrammeViews.teamsOn(register, workerId, day));
    }

    private Optional<Register> register(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register);
    }
}
