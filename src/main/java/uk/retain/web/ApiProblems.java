package uk.retain.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem documents (RFC 9457) the API answers with, one place for their types and titles. */
public final class ApiProblems {

    private static final String TYPES = "https://retain.invalid/problems/";

    /** The most problems one answer lists; the rest are counted ({@code more}). */
    public static final int MAX_LISTED = 100;

    private ApiProblems() {
    }

    /**
     * Whether {@code path} (without the context path) is an address of the API, which answers problem documents;
     * every other address is a page, which answers GOV.UK pages, errors included.
     */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/");
    }

    /** The problem document of a bare status: its reason phrase as the title, no detail. */
    public static ProblemDetail of(HttpStatusCode status) {
        return ProblemDetail.forStatus(status);
    }

    public static ResponseEntity<ProblemDetail> unknownAuthority(String laCode) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "unknown-authority",
                "Unknown authority", "No authority with la_code '" + laCode + "' is held."));
    }

    public static ResponseEntity<ProblemDetail> forbidden(String detail) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
    }

    public static ResponseEntity<ProblemDetail> badRequest(String detail) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail));
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
