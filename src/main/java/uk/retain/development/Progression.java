package uk.retain.development;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Worker;

/**
 * Whether a worker is due a progression review on a day: they have a level that leads to another, their time at
 * it is at least its minimum, and each of its criteria is met (post-qualifying experience in whole years since
 * {@code qualified_on}; the number of statements evidenced in the last 2 years, {@link Cpd#coverage}; the
 * qualification held and valid on the day).
 *
 * @param checks each measurable criterion, time at level first, as a code with what is needed and what is held
 */
public record Progression(CareerLevel level, CareerLevel next, LocalDate since, long monthsAtLevel, List<Check> checks) {

    /** One criterion: a code ({@code time}, {@code pqe}, {@code kss}, {@code qualification}), needed, held, met. */
    public record Check(String code, String needed, String held, boolean met) {
    }

    public boolean due() {
        return next != null && checks.stream().allMatch(Check::met);
    }

    /** The worker's progression on the day, or null when they have no level on it. */
    public static Progression of(CareerPathway pathway, LevelHistory history, Worker worker, List<DevelopmentActivity> activities,
            List<Qualification> qualifications, LocalDate day) {
        CareerLevel level = history.levelOn(day);
        if (level == null) {
            return null;
        }
        LocalDate since = history.levelSince(day);
        long months = ChronoUnit.MONTHS.between(since, day);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("time", String.valueOf(level.minimumMonths()), String.valueOf(months), months >= level.minimumMonths()));
        if (level.minPqeYears() != null) {
            Long pqe = worker.qualifiedOn() == null || worker.qualifiedOn().isAfter(day) ? null
                    : ChronoUnit.YEARS.between(worker.qualifiedOn(), day);
            checks.add(new Check("pqe", String.valueOf(level.minPqeYears()), pqe == null ? null : String.valueOf(pqe),
                    pqe != null && pqe >= level.minPqeYears()));
        }
        if (level.minKss() != null) {
            int covered = Cpd.coverage(activities, worker.workerId(), day).size();
            checks.add(new Check("kss", String.valueOf(level.minKss()), String.valueOf(covered), covered >= level.minKss()));
        }
        if (level.qualification() != null) {
            boolean held = qualifications.stream().anyMatch(q -> q.workerId().equals(worker.workerId())
                    && q.qualification() == level.qualification() && Cpd.valid(q, day));
            checks.add(new Check("qualification", level.qualification().code(), held ? level.qualification().code() : null, held));
        }
        CareerLevel next = level.next() == null ? null : pathway.level(level.next()).orElse(null);
        return new Progression(level, next, since, months, List.copyOf(checks));
    }
}
