package uk.retain.exits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * {@code leaving_interviews.csv}: an exit interview with a worker who leaves (measures.md) within
 * {@value #WINDOW_DAYS} days of the interview, before or after it.
 */
public final class LeavingInterviewsFile extends BundleFileType<LeavingInterview> {

    public static final String FILE = "leaving_interviews.csv";
    /** The most days between a leaving and its interview, either way. */
    public static final int WINDOW_DAYS = 60;

    public LeavingInterviewsFile() {
        super(FILE, 180, List.of("worker_id", "held_on", "main_reason"),
                List.of("other_reasons", "would_return", "would_recommend"), null);
    }

    @Override
    public LeavingInterview type(Cells row) {
        String workerId = row.id("worker_id");
        LocalDate heldOn = row.date("held_on");
        LeavingReason mainReason = row.code("main_reason", LeavingReason.class);
        List<LeavingReason> otherReasons = row.optionalCodes("other_reasons", LeavingReason.class);
        Boolean wouldReturn = row.optionalFlag("would_return");
        Boolean wouldRecommend = row.optionalFlag("would_recommend");
        if (!row.valid()) {
            return null;
        }
        return new LeavingInterview(workerId, heldOn, mainReason, otherReasons, wouldReturn, wouldRecommend);
    }

    @Override
    public List<String> cells(LeavingInterview interview) {
        List<String> cells = new ArrayList<>(6);
        cells.add(interview.workerId());
        cells.add(interview.heldOn().toString());
        cells.add(interview.mainReason().code());
        cells.add(interview.otherReasons().isEmpty() ? null
                : interview.otherReasons().stream().map(LeavingReason::code).collect(Collectors.joining(";")));
        cells.add(flag(interview.wouldReturn()));
        cells.add(flag(interview.wouldRecommend()));
        return cells;
    }

    private static String flag(Boolean value) {
        return value == null ? null : value.toString();
    }

    /** The worker is in workers.csv, and leaves within the window of the interview. */
    @Override
    public void check(List<FileRow<LeavingInterview>> rows, FileChecks checks) {
        boolean employments = checks.present("employments.csv");
        for (FileRow<LeavingInterview> row : rows) {
            LeavingInterview interview = row.value();
            checks.refersTo(row.line(), "worker_id", interview.workerId(), "workers.csv");
            if (employments && checks.ids("workers.csv").contains(interview.workerId())) {
                checkLeaving(row.line(), interview, checks);
            }
        }
    }

    private static void checkLeaving(long line, LeavingInterview interview, FileChecks checks) {
        List<LocalDate> leavings = checks.history(interview.workerId()).leavings();
        for (LocalDate leaving : leavings) {
            if (Math.abs(ChronoUnit.DAYS.between(leaving, interview.heldOn())) <= WINDOW_DAYS) {
                return;
            }
        }
        String expected = ": a leaving interview is held within " + WINDOW_DAYS
                + " days (before or after) of a day the worker leaves";
        if (leavings.isEmpty()) {
            checks.problem(line, "worker_id", "worker '" + interview.workerId()
                    + "' never leaves (no spell of non-agency employment of theirs ends), so held_on "
                    + interview.heldOn() + " is not near a leaving" + expected);
        } else {
            checks.problem(line, "worker_id", "worker '" + interview.workerId() + "' leaves on "
                    + leavings.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                    + ", none within " + WINDOW_DAYS + " days of held_on " + interview.heldOn() + expected);
        }
    }
}
