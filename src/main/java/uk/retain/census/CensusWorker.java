package uk.retain.census;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One {@code CSWWWorker} of the return, its fields in the schema's order. A null field is left out of the XML.
 * Codes are the census numbers and letters as the schema writes them.
 *
 * @param workerId the register's worker id, to say where a check's fix belongs; null for a return read from XML
 * @param qualInst the qualifying institutions (the schema asks for at least one)
 * @param workingDaysLost the worker's share of {@code working_days_lost_fte}: sickness days weighted by FTE
 * @param absentOn30September {@code Absat30Sept}: absent on the reference date
 */
public record CensusWorker(
        String workerId,
        boolean agencyWorker,
        String sweNumber,
        BigDecimal fte,
        LocalDate personBirthDate,
        Integer genderCurrent,
        String ethnicity,
        List<String> qualInst,
        Integer qualLevel,
        Integer stepUpGrad,
        Integer orgRole,
        LocalDate roleStartDate,
        Integer startOrigin,
        LocalDate roleEndDate,
        Integer leaverDestination,
        Integer reasonLeave,
        BigDecimal fte30,
        Integer cases30,
        BigDecimal workingDaysLost,
        List<BigDecimal> contractWeeks,
        Integer frontlineGrad,
        List<Integer> absentOn30September,
        List<String> reasonAbsence,
        List<Integer> cfkssStatus) {

    public CensusWorker {
        qualInst = List.copyOf(qualInst);
        contractWeeks = List.copyOf(contractWeeks);
        absentOn30September = List.copyOf(absentOn30September);
        reasonAbsence = List.copyOf(reasonAbsence);
        cfkssStatus = List.copyOf(cfkssStatus);
    }

    /** Left during the year: the return gives a role end date. */
    public boolean leaver() {
        return roleEndDate != null;
    }
}
