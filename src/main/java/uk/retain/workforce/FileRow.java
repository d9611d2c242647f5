package uk.retain.workforce;

/** A row a capability file typed cleanly, with its line in the file, for rules that point back at it. */
public record FileRow<T>(long line, T value) {
}
