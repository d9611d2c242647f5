package uk.retain.census.api;

import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.retain.census.CensusExports;
import uk.retain.census.CensusFinding;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Registers;

/**
 * The DfE census return of an authority as CSWW XML, for HR (it carries personal details): given only when
 * it passes the schema and the pre-submission checks (else 422 with each failed check), and audited.
 */
@RestController
class CensusApi {

    private final CensusExports exports;
    private final Registers registers;
    private final Viewers viewers;

    CensusApi(CensusExports exports, Registers registers, Viewers viewers) {
        this.exports = exports;
        this.registers = registers;
        this.viewers = viewers;
    }

    @GetMapping("/api/v1/authorities/{laCode}/census")
    ResponseEntity<?> census(@PathVariable String laCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Viewer viewer = viewers.require();
        if (!laCode.equals(viewer.laCode()) || registers.find(laCode).isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!viewer.exportsCensusOf(laCode)) {
            return ApiProblems.forbidden("The census return carries each worker's personal details: it is for HR.");
        }
        if (date.getMonth() != Month.SEPTEMBER || date.getDayOfMonth() != 30) {
            return ApiProblems.badRequest("'date' (" + date + ") is not a census date: the census counts on 30 September.");
        }
        return exports.of(laCode, CensusYear.of(date.getYear())).<ResponseEntity<?>>map(checked -> {
            if (!checked.offered()) {
                ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "census-checks-failed",
                        "The census return does not pass its checks", checked.blocking().size()
                                + " check(s) failed and " + checked.schemaErrors().size() + " schema error(s): fix them in the register and import it again.");
                problem.setProperty("failed_checks", checked.blocking().stream().limit(ApiProblems.MAX_LISTED).map(CensusApi::json).toList());
                problem.setProperty("schema_errors", checked.schemaErrors().stream().limit(ApiProblems.MAX_LISTED).map(Object::toString).toList());
                exports.viewed(viewer, checked);
                return ResponseEntity.unprocessableContent().body(problem);
            }
            exports.exported(viewer, checked, "over the API");
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("census-" + laCode + "-" + date + ".xml").build().toString())
                    .body(checked.xml());
        }).orElseGet(() -> ApiProblems.unknownAuthority(laCode));
    }

    /** A failed check as the API gives it: its code, the census field, the worker and where the fix goes. */
    static Map<String, Object> json(CensusFinding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("check", finding.check().code());
        json.put("field", finding.check().field());
        json.put("worker_id", finding.workerId());
        json.put("swe_number", finding.sweNumber());
        json.put("file", finding.check().file());
        json.put("column", finding.check().column());
        return json;
    }

}
