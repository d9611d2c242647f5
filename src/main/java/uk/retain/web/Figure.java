package uk.retain.web;

/**
 * One line of a GOV.UK summary list of figures: its label and its value as shown (null when there is none).
 *
 * @param label the words, already taken from messages.properties
 * @param value the figure as text
 */
public record Figure(String label, String value) {
}
