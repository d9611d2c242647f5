package uk.retain.development;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * programme_reviews.csv (exchange-format.md): one row per review held on a programme place. {@code programme_id} is
 * a place of programmes.csv; {@code held_on} is on or after that place's {@code start_date}; at most one row per
 * place and {@code review}.
 */
public final class ProgrammeReviewsFile extends BundleFileType<ProgrammeReview> {

    public static final String FILE = "programme_reviews.csv";

    public ProgrammeReviewsFile() {
        super(FILE, 110, List.of("programme_id", "review", "held_on", "outcome"), List.of(), null);
    }

    @Override
    public ProgrammeReview type(Cells row) {
        return new ProgrammeReview(row.id("programme_id"), row.code("review", ReviewPoint.class), row.date("held_on"),
                row.code("outcome", ReviewOutcome.class));
    }

    @Override
    public List<String> cells(ProgrammeReview r) {
        return Arrays.asList(r.programmeId(), Written.code(r.review()), Written.date(r.heldOn()), Written.code(r.outcome()));
    }

    @Override
    public void check(List<FileRow<ProgrammeReview>> rows, FileChecks checks) {
        Map<String, Programme> programmes = new HashMap<>();
        for (FileRow<Programme> programme : checks.rows(ProgrammesFile.class)) {
            programmes.put(programme.value().programmeId(), programme.value());
        }
        Map<String, Map<ReviewPoint, Long>> firstLines = new HashMap<>();
        for (FileRow<ProgrammeReview> row : rows) {
            ProgrammeReview review = row.value();
            checks.refersTo(row.line(), "programme_id", review.programmeId(), ProgrammesFile.FILE);
            Programme programme = programmes.get(review.programmeId());
            if (programme != null && review.heldOn().isBefore(programme.startDate())) {
                checks.problem(row.line(), "held_on", "held_on " + review.heldOn() + " is before the start "
                        + programme.startDate() + " of programme '" + review.programmeId() + "'");
            }
            Long first = firstLines.computeIfAbsent(review.programmeId(), id -> new java.util.EnumMap<>(ReviewPoint.class))
                    .putIfAbsent(review.review(), row.line());
            if (first != null) {
                checks.problem(row.line(), "review", "programme '" + review.programmeId() + "' already has a "
                        + review.review().code() + " review on line " + first + ": at most one row per programme and review");
            }
        }
    }
}
