package uk.retain.web;

/**
 * A problem with one field of a form, in words: {@code id} is the field's id (the error summary links to it),
 * {@code text} what the page says. What {@code fragments/error-summary :: errorSummary} shows.
 */
public record FormError(String id, String text) {
}
