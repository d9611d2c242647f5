package uk.retain.web;

/**
 * A problem on a form given as a message key, for the GOV.UK error summary (fragments/error-summary ::
 * errorSummaryOfCodes), which turns the key into words.
 *
 * @param id the id of its field, the summary link's target
 * @param code the key of its words in messages.properties
 */
public record FormErrorCode(String id, String code) {
}
