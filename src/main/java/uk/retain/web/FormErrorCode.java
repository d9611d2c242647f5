package uk.retain.web;

/**
 * A problem with one field of a form as a message code: {@code id} is the field's id, {@code code} the key of its
 * words in messages. What {@code fragments/error-summary :: errorSummaryOfCodes} shows.
 */
public record FormErrorCode(String id, String code) {
}
