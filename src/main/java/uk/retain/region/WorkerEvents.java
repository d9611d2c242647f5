package uk.retain.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.agency.AgencyChecks;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The events of one council's register that the cross-border checks need, each worker as the keyed hash of their SWE
 * number: the leavings and starts of non-agency posts ({@link EmploymentHistory}) and the agency engagements'
 * starts, on days from {@link #FROM} to the reference date. Workers without a SWE number are left out (they cannot be
 * told in another council).
 */
public final class WorkerEvents {

    /**
     * The first day an event is given: the first agency start the DfE rules check ({@link AgencyChecks#CHECKED_FROM})
     * less the cooling-off months, so a leaving that bars a checked start is always there, and nothing older.
     */
    public static final LocalDate FROM = AgencyChecks.CHECKED_FROM.minusMonths(3);

    private WorkerEvents() {
    }

    /** The register's events from {@link #FROM} to {@code to}, by day, then kind, then hash. */
    public static List<WorkerEvent> of(Register register, SweHashes hashes, LocalDate to) {
        String laCode = register.authority().laCode();
        Map<String, String> hashById = new HashMap<>();
        for (Worker worker : register.workers()) {
            if (worker.sweNumber() != null) {
                hashById.put(worker.workerId(), hashes.hash(worker.sweNumber()));
            }
        }
        Map<String, List<Employment>> rows = new HashMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        List<WorkerEvent> events = new ArrayList<>();
        rows.forEach((workerId, list) -> {
            String hash = hashById.get(workerId);
            if (hash == null) {
                return;
            }
            EmploymentHistory history = EmploymentHistory.of(list);
            for (LocalDate day : history.leavings()) {
                if (within(day, to)) {
                    events.add(new WorkerEvent(laCode, hash, WorkerEvent.Kind.LEFT_PERMANENT_POST, day, null, null));
                }
            }
            for (LocalDate day : history.starts()) {
                if (within(day, to)) {
                    events.add(new WorkerEvent(laCode, hash, WorkerEvent.Kind.STARTED_PERMANENT_POST, day, null, null));
                }
            }
        });
        if (register.has(AgencyEngagementsFile.class)) {
            for (AgencyEngagement engagement : register.rows(AgencyEngagementsFile.class)) {
                String hash = hashById.get(engagement.workerId());
                if (hash != null && within(engagement.startDate(), to)) {
                    events.add(new WorkerEvent(laCode, hash, WorkerEvent.Kind.AGENCY_START, engagement.startDate(),
                            engagement.jobType(), engagement.hourlyPay()));
                }
            }
        }
        events.sort(ORDER);
        return List.copyOf(events);
    }

    /** Events by day, kind and hash: the order of a return, so that it tells nothing of the register's order. */
    static final Comparator<WorkerEvent> ORDER = Comparator.comparing(WorkerEvent::date).thenComparing(WorkerEvent::kind)
            .thenComparing(WorkerEvent::sweHash);

    private static boolean within(LocalDate day, LocalDate to) {
        return !day.isBefore(FROM) && !day.isAfter(to);
    }
}
