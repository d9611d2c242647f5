package uk.retain.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A period of absence, both dates inclusive.
 *
 * @param workingDays working days lost in the whole row; null means its Monday-to-Friday days
 */
public record Absence(String workerId, LocalDate startDate, LocalDate endDate, AbsenceReason reason, BigDecimal workingDays) {
}
