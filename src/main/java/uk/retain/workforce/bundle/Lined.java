package uk.retain.workforce.bundle;

/** A value read from a bundle, with the line it came from, so that rules across rows can point at it. */
record Lined<T>(long line, T value) {
}
