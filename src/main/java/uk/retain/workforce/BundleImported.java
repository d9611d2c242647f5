package uk.retain.workforce;

/** An authority's register was replaced by an imported bundle. */
public record BundleImported(String laCode, long version) {
}
