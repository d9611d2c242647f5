package uk.retain.census;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.retain.workforce.CensusCode;
import uk.retain.workforce.GenderCurrent;
import uk.retain.workforce.LeaverDestination;
import uk.retain.workforce.ReasonLeave;
import uk.retain.workforce.StartOrigin;

/**
 * The pre-submission checks of a return ({@link CensusCheck}), run on the return itself so that they hold for one
 * built from the register and for one read from XML alike. A starter is a record whose {@code RoleStartDate} falls in
 * the census year; a leaver, one with a {@code RoleEndDate}.
 */
public final class CensusChecks {

    /** The 18 CBDS ethnicity codes of the census. */
    public static final Set<String> ETHNICITIES = Set.of("WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private static final Set<Integer> GENDERS = CensusCode.codesOf(GenderCurrent.class);
    private static final Set<Integer> ORIGINS = CensusCode.codesOf(StartOrigin.class);
    private static final Set<Integer> REASONS = CensusCode.codesOf(ReasonLeave.class);
    private static final Set<Integer> DESTINATIONS = CensusCode.codesOf(LeaverDestination.class);

    private CensusChecks() {
    }

    /** Every check the return fails: the return's own first, then each record's in the return's order. */
    public static List<CensusFinding> of(CensusReturn census) {
        List<CensusFinding> findings = new ArrayList<>();
        if (census.historyIncomplete()) {
            findings.add(new CensusFinding(CensusCheck.HISTORY_INCOMPLETE, null, null, 0));
        }
        if (census.numberOfVacancies() == null) {
            findings.add(new CensusFinding(CensusCheck.VACANCIES_NOT_GIVEN, null, null, 0));
        }
        if (census.workers().isEmpty()) {
            findings.add(new CensusFinding(CensusCheck.NO_WORKERS, null, null, 0));
        }
        boolean placeholder = false;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < census.workers().size(); i++) {
            CensusWorker worker = census.workers().get(i);
            List<CensusCheck> failed = failed(census, worker);
            if (worker.sweNumber() == null) {
                failed.add(0, CensusCheck.SWE_NUMBER_MISSING);
            } else if (seen.putIfAbsent(worker.sweNumber().toUpperCase(java.util.Locale.ROOT), i) != null) {
                failed.add(CensusCheck.SWE_NUMBER_DUPLICATE);
            }
            for (CensusCheck check : failed) {
                findings.add(new CensusFinding(check, worker.workerId(), worker.sweNumber(), i + 1));
            }
            placeholder |= worker.qualInst().contains(CensusReturns.QUALIFYING_INSTITUTION_NOT_HELD);
        }
        if (placeholder) {
            findings.add(new CensusFinding(CensusCheck.QUALIFYING_INSTITUTION_NOT_HELD, null, null, 0));
        }
        return findings;
    }

    /** Whether any finding stops the return being offered. */
    public static boolean passes(List<CensusFinding> findings) {
        return findings.stream().noneMatch(CensusFinding::blocking);
    }

    /** The checks one record fails, in the order of {@link CensusCheck}. */
    static List<CensusCheck> failed(CensusReturn census, CensusWorker w) {
        List<CensusCheck> failed = new ArrayList<>();
        if (!w.agencyWorker()) {
            if (w.personBirthDate() == null) {
                failed.add(CensusCheck.BIRTH_DATE_MISSING);
            }
            if (w.genderCurrent() == null) {
                failed.add(CensusCheck.GENDER_MISSING);
            }
            if (w.ethnicity() == null) {
                failed.add(CensusCheck.ETHNICITY_MISSING);
            }
            if (w.orgRole() == null) {
                failed.add(CensusCheck.ORG_ROLE_MISSING);
            }
            if (w.roleStartDate() == null) {
                failed.add(CensusCheck.ROLE_START_DATE_MISSING);
            }
        }
        boolean starter = census.year() != null && w.roleStartDate() != null
                && !w.roleStartDate().isBefore(census.year().firstDay())
                && !w.roleStartDate().isAfter(census.year().referenceDate());
        if (!w.agencyWorker() && starter && w.startOrigin() == null) {
            failed.add(CensusCheck.START_ORIGIN_MISSING);
        }
        if (!starter && w.startOrigin() != null) {
            failed.add(CensusCheck.START_ORIGIN_NOT_STARTER);
        }
        if (w.leaver() && !w.agencyWorker() && w.reasonLeave() == null) {
            failed.add(CensusCheck.REASON_LEAVE_MISSING);
        }
        if (!w.leaver() && (w.reasonLeave() != null || w.leaverDestination() != null)) {
            failed.add(CensusCheck.LEAVER_FIELDS_NOT_LEAVER);
        }
        if (w.leaver() && w.fte() != null && w.fte().signum() != 0) {
            failed.add(CensusCheck.LEAVER_FTE_NOT_ZERO);
        }
        if (w.leaver() && w.roleStartDate() != null && w.roleEndDate().isBefore(w.roleStartDate())) {
            failed.add(CensusCheck.ROLE_END_BEFORE_START);
        }
        if (outOfRange(w.fte()) || outOfRange(w.fte30())) {
            failed.add(CensusCheck.FTE_OUT_OF_RANGE);
        }
        if (w.genderCurrent() != null && !GENDERS.contains(w.genderCurrent())) {
            failed.add(CensusCheck.GENDER_NOT_A_CODE);
        }
        if (w.ethnicity() != null && !ETHNICITIES.contains(w.ethnicity())) {
            failed.add(CensusCheck.ETHNICITY_NOT_A_CODE);
        }
        if (w.startOrigin() != null && !ORIGINS.contains(w.startOrigin())) {
            failed.add(CensusCheck.START_ORIGIN_NOT_A_CODE);
        }
        if (w.reasonLeave() != null && !REASONS.contains(w.reasonLeave())) {
            failed.add(CensusCheck.REASON_LEAVE_NOT_A_CODE);
        }
        if (w.leaverDestination() != null && !DESTINATIONS.contains(w.leaverDestination())) {
            failed.add(CensusCheck.LEAVER_DESTINATION_NOT_A_CODE);
        }
        if (!w.agencyWorker() && Integer.valueOf(CensusReturns.NOT_KNOWN).equals(w.genderCurrent())) {
            failed.add(CensusCheck.GENDER_NOT_KNOWN);
        }
        if (!w.agencyWorker() && CensusReturns.NOT_OBTAINED.equals(w.ethnicity())) {
            failed.add(CensusCheck.ETHNICITY_NOT_OBTAINED);
        }
        return failed;
    }

    private static boolean outOfRange(BigDecimal fte) {
        return fte != null && (fte.signum() < 0 || fte.compareTo(BigDecimal.ONE) > 0);
    }
}
