package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * One acting-up in the demo's last year, so that a team's workers see their manager change twice (a risk signal):
 * the team manager of Child Protection North acts up as service manager from March to May 2026, a senior of the
 * team acts up as its team manager meanwhile, and the manager comes back in June (and leaves in September, as the
 * simulation has it). Both keep their team, post, contract and FTE; only the job role of those three months
 * changes, each as a row of its own. The register is unchanged when the team or either worker is not found.
 */
final class ActingUp {

    static final String TEAM = "Child Protection North";
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 5, 31);

    private ActingUp() {
    }

    static Register apply(Register register) {
        Optional<String> team = register.teams().stream().filter(t -> t.name().equals(TEAM)).map(Team::teamId).findFirst();
        if (team.isEmpty()) {
            return register;
        }
        Optional<Employment> manager = throughout(register, team.get(), JobRole.TEAM_MANAGER);
        Optional<Employment> senior = throughout(register, team.get(), JobRole.SENIOR_SOCIAL_WORKER);
        if (manager.isEmpty() || senior.isEmpty()) {
            return register;
        }
        List<Employment> rows = new ArrayList<>();
        for (Employment row : register.employments()) {
            if (row.equals(manager.get())) {
                rows.addAll(split(row, JobRole.SERVICE_MANAGER));
            } else if (row.equals(senior.get())) {
                rows.addAll(split(row, JobRole.TEAM_MANAGER));
            } else {
                rows.add(row);
            }
        }
        return register.toBuilder().employments(rows).build();
    }

    /** The team's permanent row of the role in force from a month before to a month after the acting, smallest worker first. */
    private static Optional<Employment> throughout(Register register, String teamId, JobRole role) {
        return register.employments().stream()
                .filter(row -> row.teamId().equals(teamId) && row.jobRole() == role && row.contract() == Contract.PERMANENT
                        && row.inForceOn(FROM.minusMonths(1)) && row.inForceOn(TO.plusMonths(1)))
                .min(Comparator.comparing(Employment::workerId));
    }

    /** The row as three: up to the acting, acting as {@code acting}, and after it (with the row's own end). */
    private static List<Employment> split(Employment row, JobRole acting) {
        return List.of(
                new Employment(row.workerId(), row.contract(), row.jobRole(), row.teamId(), row.postId(), row.fte(),
                        row.startDate(), FROM.minusDays(1), null, null),
                new Employment(row.workerId(), row.contract(), acting, row.teamId(), row.postId(), row.fte(), FROM, TO, null, null),
                new Employment(row.workerId(), row.contract(), row.jobRole(), row.teamId(), row.postId(), row.fte(),
                        TO.plusDays(1), row.endDate(), row.endReason(), row.leaverDestination()));
    }
}
