package uk.retain.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * A document refused with its problems (422): the first {@link #MAX_LISTED} as {@code problems}, each its JSON
     * {@code pointer} and {@code message}, and how many more there are as {@code more}, so the answer stays small
     * whatever the document.
     */
    public static <P> ProblemDetail invalid(String type, String title, String detail, List<P> problems,
            Function<P, String> pointer, Function<P, String> message) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, type, title, detail);
        problem.setProperty("problems", problems.stream().limit(MAX_LISTED).map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("pointer", pointer.apply(p));
            item.put("message", message.apply(p));
            return item;
        }).toList());
        problem.setProperty("more", Math.max(0, problems.size() - MAX_LISTED));
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
