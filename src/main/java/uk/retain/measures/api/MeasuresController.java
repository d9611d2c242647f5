package uk.retain.measures.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.Suppression;
import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.CensusYear;

/**
 * An authority's measures as JSON, named as DfE publishes them. An answer that carries a row about one person
 * ({@code caseload_by_worker}) is audited as a view, once per answer, as the pages audit theirs.
 */
@RestController
class MeasuresController {

    /** A series longer than this is refused: 50 census years or 25 years of month ends. */
    static final int MAX_POINTS = 300;

    private final AuthorityMeasures measures;
    private final Viewers viewers;
    private final AuditTrail audit;

    MeasuresController(AuthorityMeasures measures, Viewers viewers, AuditTrail audit) {
        this.measures = measures;
        this.viewers = viewers;
        this.audit = audit;
    }

    @GetMapping("/api/v1/authorities/{laCode}/measures")
    ResponseEntity<?> measures(@PathVariable String laCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Grouping by) {
        Viewer viewer = viewers.require();
        return measures.all(laCode)
                .<ResponseEntity<?>>map(m -> {
                    ResponseEntity<?> refused = refusal(viewer, m, by);
                    if (refused != null) {
                        return refused;
                    }
                    PersonRows rows = new PersonRows();
                    Object json = at(viewer, m, date, by, rows);
                    audited(viewer, laCode, rows, "measures on " + date + (by == Grouping.team ? " by team" : ""));
                    return ResponseEntity.ok(json);
                })
                .orElseGet(() -> ApiProblems.unknownAuthority(laCode));
    }

    /**
     * The measures at each 30 September ({@code every=census}, the default) or each month end
     * ({@code every=month}) from {@code from} to {@code to}, for trend charts.
     */
    @GetMapping("/api/v1/authorities/{laCode}/measures/series")
    ResponseEntity<?> series(@PathVariable String laCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "census") Interval every,
            @RequestParam(required = false) Grouping by) {
        Viewer viewer = viewers.require();
        return measures.all(laCode).<ResponseEntity<?>>map(m -> {
            // Who may ask comes before any work; the dates are bounded (DateParameters) before they are expanded.
            ResponseEntity<?> refused = refusal(viewer, m, by);
            if (refused != null) {
                return refused;
            }
            if (to.isBefore(from)) {
                return ApiProblems.badRequest("'to' (" + to + ") is before 'from' (" + from + ").");
            }
            List<LocalDate> dates = every.datesBetween(from, to);
            if (dates.size() > MAX_POINTS) {
                return ApiProblems.badRequest("The series would have " + dates.size() + " points; at most " + MAX_POINTS + " are given.");
            }
            List<Map<String, Object>> points = new ArrayList<>();
            PersonRows rows = new PersonRows();
            for (LocalDate date : dates) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("date", date.toString());
                point.put("measures", at(viewer, m, date, by, rows));
                points.add(point);
            }
            audited(viewer, laCode, rows, "measures series from " + from + " to " + to + " every " + every.name()
                    + " (" + dates.size() + " point(s))" + (by == Grouping.team ? " by team" : ""));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("la_code", laCode);
            json.put("every", every.name());
            json.put("series", points);
            return ResponseEntity.ok(json);
        }).orElseGet(() -> ApiProblems.unknownAuthority(laCode));
    }

    /**
     * Why the viewer may not have these measures, if they may not: another authority is unknown to them (404);
     * in their own, a social worker or administrator sees no aggregates (403), and a team manager only their
     * own teams' (by team). Null when they may.
     */
    private static ResponseEntity<?> refusal(Viewer viewer, RegisterMeasures m, Grouping by) {
        var authority = m.register().authority();
        if (viewer.seesAggregatesOf(authority.laCode(), authority.regionCode())) {
            return null;
        }
        if (!authority.laCode().equals(viewer.laCode())) {
            return ApiProblems.unknownAuthority(authority.laCode());
        }
        if (viewer.role() == Role.TEAM_MANAGER && by == Grouping.team) {
            return null;
        }
        return ApiProblems.forbidden("Your role does not see this authority's measures"
                + (viewer.role() == Role.TEAM_MANAGER ? " as a whole; ask for them by team." : "."));
    }

    /** The rows about one person an answer carries, counted as it is built. */
    private static final class PersonRows {
        private int count;
    }

    /** One audit record for an answer that carries rows about one person; none for an answer of aggregates only. */
    private void audited(Viewer viewer, String laCode, PersonRows rows, String what) {
        if (rows.count > 0) {
            audit.record(viewer, Action.VIEW, "measures", laCode, what + " over the API, with " + rows.count
                    + " row(s) of caseload_by_worker");
        }
    }

    private static Object at(Viewer viewer, RegisterMeasures m, LocalDate date, Grouping by, PersonRows rows) {
        var authority = m.register().authority();
        boolean whole = viewer.seesAggregatesOf(authority.laCode(), authority.regionCode());
        if (viewer.getsSuppressedFigures()) {
            // Never a figure about one person: small numbers are "c", the authority's and the teams' suppressed together.
            Suppression.Figures suppressed = m.suppressed(date);
            return by == Grouping.team ? suppressed.teams() : suppressed.authority();
        }
        if (by == Grouping.team) {
            Map<String, Object> byTeam = new LinkedHashMap<>();
            m.byTeam(date).forEach((team, teamMeasures) -> {
                if (whole || viewer.seesTeam(authority.laCode(), team)) {
                    byTeam.put(team, forViewer(viewer, teamMeasures, rows));
                }
            });
            return byTeam;
        }
        return forViewer(viewer, m.forAuthority(date), rows);
    }

    /** A regional analyst sees no row about one person: the caseload by worker is withheld. */
    private static Map<String, Object> forViewer(Viewer viewer, Map<String, Object> measures, PersonRows rows) {
        if (!viewer.seesPersonRows()) {
            measures.put("caseload_by_worker", null);
        } else if (measures.get("caseload_by_worker") instanceof List<?> listed) {
            rows.count += listed.size();
        }
        return measures;
    }

    enum Grouping { team }

    enum Interval {
        census {
            @Override
            List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
                return CensusYear.referenceDatesBetween(from, to);
            }
        },
        month {
            @Override
            List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
                List<LocalDate> dates = new ArrayList<>();
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                    LocalDate end = m.atEndOfMonth();
                    if (!end.isBefore(from) && !end.isAfter(to)) {
                        dates.add(end);
                    }
                }
                return dates;
            }
        };

        abstract List<LocalDate> datesBetween(LocalDate from, LocalDate to);
    }
}
