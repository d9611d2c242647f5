package uk.retain.web;

/**
 * A problem on a form, for the GOV.UK error summary (fragments/error-summary :: errorSummary).
 *
 * @param id the id of its field, the summary link's target
 * @param text its words, already taken from messages.properties
 */
public record FormError(String id, String text) {
}
