package uk.retain.measures.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.retain.measures.RegisterMeasures;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
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
class MeasuresApi {

    /** A series longer than this is refused: 50 census years or 25 years of month ends. */
    static final int MAX_POINTS = 300;

    private final AuthorityMeasures measures;
    private final MeasuresAnswers answers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;

    MeasuresApi(AuthorityMeasures measures, MeasuresAnswers answers, Viewers viewers, ApplicationEventPublisher events) {
        this.measures = measures;
        this.answers = answers;
        this.viewers = viewers;
        this.events = events;
    }

    @GetMapping("/api/v1/authorities/{laCode}/measures")
    ResponseEntity<?> measures(@PathVariable String laCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Grouping by) {
        Viewer viewer = viewers.require();
        return measures.current(laCode)
                .<ResponseEntity<?>>map(current -> {
                    ResponseEntity<?> refused = refusal(viewer, current.measures(), by);
                    if (refused != null) {
                        return refused;
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
                    int rows = answers.write(viewer, current, date, by == Grouping.team, out);
                    audited(viewer, laCode, rows, "measures on " + date + (by == Grouping.team ? " by team" : ""));
                    return json(out.toByteArray());
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
        return measures.current(laCode).<ResponseEntity<?>>map(current -> {
            // Who may ask comes before any work; the dates are bounded (DateParameters) before they are expanded.
            ResponseEntity<?> refused = refusal(viewer, current.measures(), by);
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
            // {"la_code": ..., "every": ..., "series": [{"date": ..., "measures": ...}, ...]}, each point's
            // measures the answer a single call for its date would give.
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            out.writeBytes(ascii("{\"la_code\":"));
            out.writeBytes(answers.string(laCode));
            out.writeBytes(ascii(",\"every\":\"" + every.name() + "\",\"series\":["));
            int rows = 0;
            for (int i = 0; i < dates.size(); i++) {
                out.writeBytes(ascii((i == 0 ? "" : ",") + "{\"date\":\"" + dates.get(i) + "\",\"measures\":"));
                rows += answers.write(viewer, current, dates.get(i), by == Grouping.team, out);
                out.write('}');
            }
            out.writeBytes(ascii("]}"));
            audited(viewer, laCode, rows, "measures series from " + from + " to " + to + " every " + every.name()
                    + " (" + dates.size() + " point(s))" + (by == Grouping.team ? " by team" : ""));
            return json(out.toByteArray());
        }).orElseGet(() -> ApiProblems.unknownAuthority(laCode));
    }

    private static ResponseEntity<byte[]> json(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
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

    /** One audit record for an answer that carries rows about one person; none for an answer of aggregates only. */
    private void audited(Viewer viewer, String laCode, int rows, String what) {
        if (rows > 0) {
            events.publishEvent(Audited.of(viewer, Action.VIEW, "measures", laCode, what + " over the API, with " + rows
                    + " row(s) of caseload_by_worker"));
        }
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
