package uk.retain.development;

import java.time.LocalDate;

/**
 * A post-qualifying award a worker holds (a row of qualifications.csv).
 *
 * @param expiresOn the last day it is valid, on or after {@code awardedOn}, or null when it does not expire
 */
public record Qualification(String workerId, QualificationKind qualification, LocalDate awardedOn, LocalDate expiresOn) {
}
