package uk.retain.allocation.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.Recommender;
import uk.retain.allocation.Wording;
import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.web.UploadedFileName;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CaseToAllocate;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * {@code POST /api/v1/authorities/{la}/recommendations}: a CSV of cases to allocate (the columns of cases.csv and
 * an optional team_id, as for the {@code allocate} command) in, the recommendations out. Nothing is written:
 * accepting one is the team manager's, on the recommendations page.
 */
@RestController
class RecommendationsApi {

    private final Registers registers;
    private final CaseloadPolicies policies;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;

    RecommendationsApi(Registers registers, CaseloadPolicies policies, Viewers viewers, ApplicationEventPublisher events) {
        this.registers = registers;
        this.policies = policies;
        this.viewers = viewers;
        this.events = events;
    }

    @PostMapping(path = "/api/v1/authorities/{laCode}/recommendations", consumes = "multipart/form-data")
    ResponseEntity<?> recommend(@PathVariable String laCode, @RequestParam("cases") MultipartFile cases,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(name = "release_worker", required = false) String releaseWorker) throws IOException {
        Viewer viewer = viewers.require();
        if (!laCode.equals(viewer.laCode()) || registers.find(laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!List.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER).contains(viewer.role())) {
            return ApiProblems.forbidden("Your role does not see allocations.");
        }
        Register register = registers.find(laCode).orElseThrow().register();
        String name = UploadedFileName.of(cases, "cases.csv");
        List<CaseToAllocate> rows;
        try {
            rows = Bundles.readCases(name, cases.getBytes(), register, date);
        } catch (InvalidBundleException e) {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-cases", "Invalid cases file",
                    e.problems().size() + " problem(s) in the cases file.");
            problem.setProperty("problems", e.problems().stream().map(Problem::byName).toList());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        if (viewer.role() == Role.TEAM_MANAGER && rows.stream().anyMatch(row -> row.teamId() == null
                || !viewer.seesTeam(laCode, row.teamId()))) {
            return ApiProblems.forbidden("A team manager asks for recommendations for their own teams: give each case a team_id of yours.");
        }
        CaseloadPolicy policy = policies.of(laCode);
        if (releaseWorker != null && !releasable(viewer, register, policy, date, releaseWorker)) {
            // Unknown and out of scope alike: the answer must not tell which worker ids exist.
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND, "unknown-worker",
                    "Unknown worker", "No worker '" + releaseWorker + "' holds cases on " + date + " in the teams you see."));
        }
        try {
            var result = Recommender.recommend(register, policy, date,
                    rows.stream().map(row -> new CaseRequest(row.item(), row.teamId(), null)).toList(),
                    Optional.ofNullable(releaseWorker), Recommender.DEFAULT_LIMIT);
            // Each recommendation names a worker with their load: a row about one person, audited once per answer
            // as the recommendations page audits its own.
            long named = result.recommendations().stream()
                    .flatMap(r -> java.util.stream.Stream.of(r.workerId(), r.coWorkerId()))
                    .filter(java.util.Objects::nonNull).distinct().count();
            if (releaseWorker != null) {
                events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", releaseWorker, "reallocation plan over the API for "
                        + (result.recommendations().size() + result.unallocated().size()) + " case(s), naming " + named + " worker(s)"));
            } else if (named > 0) {
                events.publishEvent(Audited.of(viewer, Action.VIEW, "recommendations", laCode, "recommendations over the API for "
                        + (result.recommendations().size() + result.unallocated().size()) + " case(s), naming " + named + " worker(s)"));
            }
            return ResponseEntity.ok(result.byName(Wording.plain(register)));
        } catch (IllegalArgumentException e) {
            return ApiProblems.badRequest(e.getMessage());
        }
    }

    /**
     * Whether the viewer may plan the release of the worker, as the page allows it: a worker who holds cases on the
     * date in a team the viewer sees (a team manager's own teams; the whole authority for the wider roles).
     */
    private static boolean releasable(Viewer viewer, Register register, CaseloadPolicy policy, LocalDate date, String workerId) {
        Caseloads caseloads = Caseloads.of(register, policy, date);
        String laCode = register.authority().laCode();
        for (Team team : register.teams()) {
            if (viewer.role() == Role.TEAM_MANAGER && !viewer.seesTeam(laCode, team.teamId())) {
                continue;
            }
            for (WorkerLoad load : caseloads.team(team.teamId())) {
                if (load.workerId().equals(workerId) && load.cases() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
