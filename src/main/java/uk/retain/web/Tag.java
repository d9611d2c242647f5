package uk.retain.web;

/**
 * A cell a list shows as a GOV.UK tag (such as "Over cap"), and downloads as its text.
 *
 * @param text the words on the tag, already taken from messages.properties
 * @param colour a GOV.UK tag colour ({@code red}, {@code grey}, ...), or null for the default blue
 */
public record Tag(String text, String colour) implements Comparable<Tag> {

    @Override
    public int compareTo(Tag other) {
        return text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
