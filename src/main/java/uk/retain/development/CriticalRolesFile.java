package uk.retain.development;

import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;
import uk.retain.workforce.JobRole;

/**
 * critical_roles.csv (docs/exchange-format.md): one row per role the authority plans succession for, as the
 * succession page keeps them in {@code critical_role}: by post ({@code post_id} of posts.csv) or by job role (and
 * {@code team_id} when one team's), never both. {@code role_id} is unique; successors.csv names it.
 */
public final class CriticalRolesFile extends BundleFileType<CriticalRolesFile.Row> {

    public static final String FILE = "critical_roles.csv";

    /** One row of the file: {@code postId} or {@code jobRole} (with {@code teamId} or null). */
    public record Row(String roleId, String name, String postId, JobRole jobRole, String teamId) {
    }

    public CriticalRolesFile() {
        super(FILE, 225, List.of("role_id", "name"), List.of("post_id", "job_role", "team_id"), "role_id");
    }

    @Override
    public Row type(Cells row) {
        String id = row.id("role_id");
        String name = row.text("name");
        if (name != null && name.length() > Succession.MAX_NAME) {
            row.problem("name", "name is at most " + Succession.MAX_NAME + " characters, not " + name.length());
        }
        String postId = row.optionalId("post_id");
        JobRole jobRole = row.optionalCode("job_role", JobRole.class);
        String teamId = row.optionalId("team_id");
        boolean post = row.raw("post_id") != null;
        boolean role = row.raw("job_role") != null;
        if (post && role) {
            row.problem("job_role", "give post_id or job_role, not both");
        } else if (!post && !role) {
            row.problem("job_role", "post_id or job_role is required");
        }
        if (post && row.raw("team_id") != null) {
            row.problem("team_id", "team_id is given only with job_role: a post has its own team");
        }
        if (!row.valid()) {
            return null;
        }
        return new Row(id, name, postId, jobRole, teamId);
    }

    @Override
    public List<String> cells(Row r) {
        return Arrays.asList(r.roleId(), r.name(), r.postId(), Written.code(r.jobRole()), r.teamId());
    }

    @Override
    public void check(List<FileRow<Row>> rows, FileChecks checks) {
        for (FileRow<Row> row : rows) {
            checks.refersTo(row.line(), "post_id", row.value().postId(), "posts.csv");
            checks.refersTo(row.line(), "team_id", row.value().teamId(), "teams.csv");
        }
    }
}
