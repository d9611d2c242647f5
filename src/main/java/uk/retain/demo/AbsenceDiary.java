package uk.retain.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import uk.retain.demo.Drafts.AbsenceDraft;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.ChangeReason;

/**
 * Absences of the area's permanent and fixed-term staff: short and long sickness (about 8 working days a year
 * per FTE, an absence rate near England's 3.3%), maternity leave, training and other leave. A part-timer's
 * absence records the working days they actually lose; a long absence hands the worker's cases on.
 */
final class AbsenceDiary {

    private static final double WORKING_DAYS = 253;

    private final Chance chance;
    private final Staffing staffing;
    private final Casework casework;
    private final List<AbsenceDraft> absences;
    private final List<StaffMember> onMaternityLeave = new ArrayList<>();

    AbsenceDiary(Chance chance, Staffing staffing, Casework casework, List<AbsenceDraft> absences) {
        this.chance = chance;
        this.staffing = staffing;
        this.casework = casework;
        this.absences = absences;
    }

    void on(LocalDate day) {
        for (int i = 0; i < onMaternityLeave.size(); ) {
            StaffMember worker = onMaternityLeave.get(i);
            if (!worker.employed || worker.awayThrough == null) {
                onMaternityLeave.remove(i);
            } else if (worker.awayThrough.plusDays(1).equals(day)) {
                onMaternityLeave.remove(i);
                staffing.backFromMaternity(worker, day);
            } else {
                i++;
            }
        }
        if (!CensusYears.weekday(day)) {
            return;
        }
        for (StaffMember worker : new ArrayList<>(staffing.staff)) {
            if (worker.agency() || worker.off(day)) {
                continue;
            }
            startsOn(worker, day);
        }
    }

    private void startsOn(StaffMember worker, LocalDate day) {
        double draw = chance.uniform(0, WORKING_DAYS);
        if ((draw -= 0.085) < 0) {
            longSickness(worker, day);
        } else if ((draw -= 1.9) < 0) {
            int days = new int[] {1, 2, 3, 4, 5, chance.between(6, 10)}[chance.weighted(40, 22, 15, 8, 8, 7)];
            record(worker, day, CensusYears.afterWorkingDays(day, days), AbsenceReason.SIC);
        } else if ((draw -= mayHaveBaby(worker, day) ? 0.06 : 0) < 0) {
            maternity(worker, day);
        } else if ((draw -= 1.2) < 0) {
            record(worker, day, CensusYears.afterWorkingDays(day, chance.between(1, 3)), AbsenceReason.TRN);
        } else if ((draw -= 0.3) < 0) {
            record(worker, day, CensusYears.afterWorkingDays(day, chance.between(1, 5)), AbsenceReason.OTH);
        } else if ((draw -= 0.05) < 0) {
            record(worker, day, CensusYears.afterWorkingDays(day, chance.of(0.5) ? 10 : 1), AbsenceReason.PUB);
        } else if ((draw -= 0.05) < 0) {
            record(worker, day, CensusYears.afterWorkingDays(day, chance.between(5, 20)), AbsenceReason.UNP);
        } else if ((draw -= 0.02) < 0) {
            record(worker, day, day, AbsenceReason.UNA);
        }
    }

    private static boolean mayHaveBaby(StaffMember worker, LocalDate day) {
        Integer gender = worker.person.gender();
        int age = Period.between(worker.person.dateOfBirth(), day).getYears();
        return (gender == null || gender == 2) && age >= 24 && age <= 44;
    }

    /** Four weeks or more off sick: most of the worker's cases go to colleagues. */
    private void longSickness(StaffMember worker, LocalDate day) {
        LocalDate last = CensusYears.afterWorkingDays(day, chance.between(15, 70));
        record(worker, day, last, AbsenceReason.SIC);
        if (CensusYears.weekdaysBetween(day, last) >= 20 && chance.of(0.8)) {
            worker.awayThrough = last;
            casework.release(worker, day.minusDays(1), ChangeReason.OTHER);
        }
    }

    private void maternity(StaffMember worker, LocalDate day) {
        LocalDate last = day.plusWeeks(chance.between(39, 52)).minusDays(1);
        record(worker, day, last, AbsenceReason.MAT);
        worker.awayThrough = last;
        casework.release(worker, day.minusDays(1), ChangeReason.OTHER);
        staffing.maternityLeave(worker, day, last);
        onMaternityLeave.add(worker);
    }

    private void record(StaffMember worker, LocalDate first, LocalDate last, AbsenceReason reason) {
        BigDecimal fte = worker.fte();
        AbsenceDraft absence = new AbsenceDraft(worker.id, first, last, reason, null, fte);
        if (fte.compareTo(BigDecimal.ONE) < 0) {
            absence.workingDays = daysLost(first, last, fte);
        } else if (reason == AbsenceReason.SIC && first.equals(last) && chance.of(0.06)) {
            absence.workingDays = new BigDecimal("0.5"); // went home at lunchtime
        }
        absences.add(absence);
        worker.absence = absence;
        worker.offThrough = last;
    }

    /** A part-timer loses only the days they would have worked: their share of the weekdays, to the half day. */
    private static BigDecimal daysLost(LocalDate first, LocalDate last, BigDecimal fte) {
        BigDecimal days = BigDecimal.valueOf(CensusYears.weekdaysBetween(first, last)).multiply(fte);
        BigDecimal halves = days.multiply(BigDecimal.TWO).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        BigDecimal lost = halves.divide(BigDecimal.TWO).stripTrailingZeros();
        return lost.scale() < 0 ? lost.setScale(0) : lost;
    }

    /** The worker left on {@code lastDay}: an absence running past it ends then. */
    static void cutShort(StaffMember worker, LocalDate lastDay) {
        AbsenceDraft absence = worker.absence;
        if (absence != null && absence.end.isAfter(lastDay)) {
            absence.end = lastDay;
            if (absence.workingDays != null) {
                absence.workingDays = daysLost(absence.start, lastDay, absence.fte);
            }
        }
    }
}
