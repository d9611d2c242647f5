package uk.retain.census;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.retain.measures.Measures;
import uk.retain.measures.WorkerCaseload;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.workforce.Absence;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The census return of a register for a census year, as the census guide scopes it: one record per worker in
 * non-agency employment on the reference date, starting or leaving non-agency employment in the year, or in agency
 * employment on the date. Every rule is the register's own ({@link EmploymentHistory}) or the measures' ({@link
 * WorkforceMeasures}), so that the figures of the return agree with the {@code measures} command:
 * <ul>
 * <li>{@code FTE} is the worker's FTE on the date (non-agency rows, or agency rows for an agency record; 0 for a
 * leaver), so the non-agency records add up to {@code inpost_fte};</li>
 * <li>{@code Cases30} and {@code FTE30} are given for case holders: their open primary cases on the date
 * ({@code caseload_by_worker}) and their FTE on it, all contracts ({@code case_holders_fte});</li>
 * <li>{@code WorkingDaysLost} is the worker's share of {@code working_days_lost_fte};</li>
 * <li>{@code LALevelVacancies} are {@code vacancy_fte}, {@code agency_fte} and {@code agency_headcount}.</li>
 * </ul>
 * A worker who left and came back within the year is one record: in post, a starter if a spell started in the
 * year; a leaver only when not in non-agency employment on the date (the return has one end date per record).
 */
public final class CensusReturns {

    /**
     * The register does not hold the qualifying institution, which the schema requires at least once: this is
     * written instead, and the checks warn that it must be filled in before submission.
     */
    public static final String QUALIFYING_INSTITUTION_NOT_HELD = "Not held in Retain";

    /** GenderCurrent for a gender the register does not record. */
    public static final int NOT_KNOWN = 0;

    /** Ethnicity for an ethnicity the register does not record. */
    public static final String NOT_OBTAINED = "NOBT";

    private CensusReturns() {
    }

    /** The return of {@code register} for {@code year}, stamped {@code now}. */
    public static CensusReturn of(Register register, CensusYear year, Instant now) {
        LocalDate date = year.referenceDate();
        LocalDate first = year.firstDay();
        WorkforceMeasures measures = WorkforceMeasures.of(register);
        Measures authority = measures.forAuthority(date);
        boolean hasCases = authority.caseloadByWorker() != null;
        Map<String, Integer> casesHeld = new HashMap<>();
        if (hasCases) {
            for (WorkerCaseload held : authority.caseloadByWorker()) {
                casesHeld.put(held.workerId(), held.cases());
            }
        }
        boolean hasAbsences = register.has(BundleFile.ABSENCES);
        Map<String, Double> daysLost = measures.workingDaysLostFteByWorker(date);
        Map<String, List<Employment>> rowsByWorker = new HashMap<>();
        for (Employment row : register.employments()) {
            rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, List<Absence>> absencesOnDate = new HashMap<>();
        for (Absence absence : register.absences()) {
            if (!absence.startDate().isAfter(date) && !absence.endDate().isBefore(date)) {
                absencesOnDate.computeIfAbsent(absence.workerId(), id -> new ArrayList<>()).add(absence);
            }
        }
        List<CensusWorker> workers = new ArrayList<>();
        for (Worker worker : register.workers()) {
            EmploymentHistory history = EmploymentHistory.of(rowsByWorker.getOrDefault(worker.workerId(), List.of()));
            Record record = new Record(worker, history, date, first, hasCases, casesHeld.getOrDefault(worker.workerId(), 0),
                    hasAbsences, daysLost.getOrDefault(worker.workerId(), 0.0),
                    absencesOnDate.getOrDefault(worker.workerId(), List.of()));
            CensusWorker census = record.build();
            if (census != null) {
                workers.add(census);
            }
        }
        return new CensusReturn(year, register.authority().laCode(), CensusReturn.RETAIN, now,
                authority.vacancyFte() == null ? null : twoPlaces(authority.vacancyFte()),
                twoPlaces(authority.agencyFte()), authority.agencyHeadcount(), workers,
                register.authority().historyFrom());
    }

    static BigDecimal twoPlaces(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal sixPlaces(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP);
    }

    private static BigDecimal fte(List<Employment> rows) {
        BigDecimal total = BigDecimal.ZERO;
        for (Employment row : rows) {
            total = total.add(row.fte());
        }
        return total;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** One worker's record, worked out from their history. */
    private record Record(Worker worker, EmploymentHistory history, LocalDate date, LocalDate first, boolean hasCases,
            int cases, boolean hasAbsences, double daysLost, List<Absence> absentOnDate) {

        CensusWorker build() {
            boolean inPost = history.inNonAgencyEmploymentOn(date);
            LocalDate started = null;
            for (LocalDate start : history.starts()) {
                if (within(start, first, date)) {
                    started = start;
                }
            }
            LocalDate left = null;
            for (LocalDate leaving : history.leavings()) {
                if (within(leaving, first, date)) {
                    left = leaving;
                }
            }
            List<Employment> agencyOnDate = history.rowsOn(date, Kind.AGENCY);
            if (inPost || started != null || left != null) {
                return nonAgency(inPost, started, inPost ? null : left);
            }
            if (!agencyOnDate.isEmpty()) {
                return agency(agencyOnDate);
            }
            return null;
        }

        private CensusWorker nonAgency(boolean inPost, LocalDate started, LocalDate left) {
            // The day the record describes: the reference date, or a leaver's last day.
            LocalDate day = inPost ? date : left;
            Employment main = history.mainRow(day, Kind.NON_AGENCY);
            Employment ending = left == null ? null : endingRow(left);
            BigDecimal fte = inPost ? fte(history.rowsOn(date, Kind.NON_AGENCY)) : BigDecimal.ZERO;
            List<Integer> absent = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            if (inPost && hasAbsences) {
                absent.add(absentOnDate.isEmpty() ? 0 : 1);
                for (Absence absence : absentOnDate) {
                    if (!reasons.contains(absence.reason().code())) {
                        reasons.add(absence.reason().code());
                    }
                }
            }
            return new CensusWorker(worker.workerId(), false, sweNumber(), sixPlaces(fte),
                    worker.dateOfBirth(), gender(), ethnicity(), List.of(QUALIFYING_INSTITUTION_NOT_HELD),
                    null, null, main == null ? null : main.jobRole().orgRole(), history.serviceStart(day),
                    started == null ? null : worker.startOrigin(), left,
                    ending == null ? null : ending.leaverDestination(), ending == null ? null : ending.endReason(),
                    caseHolderFte(), caseHolderCases(), hasAbsences ? twoPlaces(daysLost) : null, List.of(), null,
                    absent, reasons, history.asyeStart(day) != null ? List.of(1) : List.of());
        }

        private CensusWorker agency(List<Employment> rows) {
            Employment main = Employment.main(rows);
            return new CensusWorker(worker.workerId(), true, sweNumber(), sixPlaces(fte(rows)),
                    worker.dateOfBirth(), worker.gender(), worker.ethnicity(), List.of(QUALIFYING_INSTITUTION_NOT_HELD),
                    null, null, main.jobRole().orgRole(), history.employmentStart(date), null, null, null, null,
                    caseHolderFte(), caseHolderCases(), null, List.of(), null, List.of(), List.of(),
                    history.asyeStart(date) != null ? List.of(1) : List.of());
        }

        /** Not recorded is the census's own "not known" (GenderCurrent 0); the checks warn so HR can collect it. */
        private Integer gender() {
            return worker.gender() == null ? NOT_KNOWN : worker.gender();
        }

        /** Not recorded is the census's "information not yet obtained" (NOBT); the checks warn likewise. */
        private String ethnicity() {
            return worker.ethnicity() == null ? NOT_OBTAINED : worker.ethnicity();
        }

        /** The census form of the SWE number; null when the register has none (a check says so). */
        private String sweNumber() {
            return worker.sweNumber() == null ? null : worker.sweNumber().censusForm();
        }

        /** The non-agency row that ends on the leaving day and carries the census leaving codes. */
        private Employment endingRow(LocalDate left) {
            Employment ending = null;
            for (Employment row : history.rowsOn(left, Kind.NON_AGENCY)) {
                if (left.equals(row.endDate()) && (ending == null || row.endReason() != null)) {
                    ending = row;
                }
            }
            return ending;
        }

        /** A case holder's FTE on the date, every contract (as {@code case_holders_fte} counts it). */
        private BigDecimal caseHolderFte() {
            return hasCases && cases > 0 ? sixPlaces(fte(history.rowsOn(date))) : null;
        }

        private Integer caseHolderCases() {
            return hasCases && cases > 0 ? cases : null;
        }
    }
}
