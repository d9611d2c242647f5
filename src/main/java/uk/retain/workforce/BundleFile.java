package uk.retain.workforce;

import java.util.List;
import java.util.Optional;

/** The files of a bundle, in the order the format lists them (and problems are reported), with their columns. */
public enum BundleFile {
    AUTHORITY("authority.csv", true, List.of("la_code", "name"), List.of("region_code", "history_from")),
    TEAMS("teams.csv", true, List.of("team_id", "name", "service"), List.of("locality")),
    WORKERS("workers.csv", true, List.of("worker_id", "swe_number", "family_name", "given_name"),
            List.of("qualified_on", "date_of_birth", "gender", "ethnicity", "start_origin")),
    EMPLOYMENTS("employments.csv", true, List.of("worker_id", "contract", "job_role", "team_id", "fte", "start_date"),
            List.of("post_id", "end_date", "end_reason", "leaver_destination")),
    POSTS("posts.csv", false, List.of("post_id", "team_id", "job_role", "fte", "funded_from"), List.of("funded_to")),
    ABSENCES("absences.csv", false, List.of("worker_id", "start_date", "end_date", "reason"), List.of("working_days")),
    CASES("cases.csv", false, List.of("case_id", "child_id", "category", "opened_on"),
            List.of("family_id", "court_proceedings", "closed_on")),
    ALLOCATIONS("allocations.csv", false, List.of("case_id", "worker_id", "role", "start_date"),
            List.of("end_date", "change_reason")),
    SUPERVISIONS("supervisions.csv", false, List.of("worker_id", "supervisor_id", "date", "kind", "minutes"), List.of());

    private final String fileName;
    private final boolean required;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;

    BundleFile(String fileName, boolean required, List<String> requiredColumns, List<String> optionalColumns) {
        this.fileName = fileName;
        this.required = required;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
    }

    public String fileName() {
        return fileName;
    }

    public boolean required() {
        return required;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public List<String> optionalColumns() {
        return optionalColumns;
    }

    public boolean hasColumn(String column) {
        return requiredColumns.contains(column) || optionalColumns.contains(column);
    }

    public static Optional<BundleFile> named(String fileName) {
        for (BundleFile file : values()) {
            if (file.fileName.equals(fileName)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
