package uk.retain.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;

/**
 * Agency-to-permanent conversions: an agency row of a worker followed within 31 days by a non-agency row of the same
 * worker. The non-agency row starts after the agency row's start and no later than 31 days after its end (the day
 * after it, as usual, or overlapping its last days); an agency row still open converts when the non-agency row starts
 * after it began. Each non-agency start counts once, from the latest agency row it follows.
 */
public final class Conversions {

    public static final int WITHIN_DAYS = 31;

    private Conversions() {
    }

    /**
     * A conversion: the worker, the agency row's last day (null while it runs) and team, and the first day of the
     * non-agency row and its team.
     */
    public record Conversion(String workerId, LocalDate agencyEnded, String agencyTeamId, LocalDate permanentFrom,
            String permanentTeamId) {
    }

    /** Every conversion of the register, by the day the non-agency row starts, then worker. */
    public static List<Conversion> of(Register register) {
        Map<String, List<Employment>> byWorker = new HashMap<>();
        register.employments().forEach(row -> byWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        List<Conversion> conversions = new ArrayList<>();
        byWorker.forEach((workerId, rows) -> conversions.addAll(of(workerId, rows)));
        conversions.sort(Comparator.comparing(Conversion::permanentFrom).thenComparing(Conversion::workerId));
        return conversions;
    }

    static List<Conversion> of(String workerId, List<Employment> rows) {
        List<Conversion> found = new ArrayList<>();
        List<Employment> agency = rows.stream().filter(Employment::isAgency).toList();
        List<LocalDate> seen = new ArrayList<>();
        for (Employment permanent : rows.stream().filter(row -> !row.isAgency())
                .sorted(Comparator.comparing(Employment::startDate)).toList()) {
            LocalDate from = permanent.startDate();
            // A new non-agency row of someone already in non-agency employment the day before is a change, not a start.
            boolean continues = rows.stream().anyMatch(row -> !row.isAgency() && row != permanent && row.inForceOn(from.minusDays(1)));
            if (continues || seen.contains(from)) {
                continue;
            }
            Employment latest = null;
            for (Employment row : agency) {
                boolean follows = row.startDate().isBefore(from)
                        && (row.endDate() == null || !from.isAfter(row.endDate().plusDays(WITHIN_DAYS)));
                if (follows && (latest == null || row.startDate().isAfter(latest.startDate()))) {
                    latest = row;
                }
            }
            if (latest != null) {
                seen.add(from);
                found.add(new Conversion(workerId, latest.endDate(), latest.teamId(), from, permanent.teamId()));
            }
        }
        return found;
    }
}
