package uk.retain.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hub's copy of its region's key for the hashes of SWE numbers, read at start from the file that
 * {@code retain.region.hash-key-file} names (never from the database, never written). Without one, the councils
 * this service holds are still checked against each other, under a key that lives only in this process, and the
 * imported returns are left out of the checks: their hashes could not meet.
 */
@Component
public class RegionKey {

    private final SweHashes hashes;
    private final boolean configured;

    RegionKey(@Value("${retain.region.hash-key-file:}") String file) {
        this.configured = !file.isBlank();
        try {
            this.hashes = configured ? SweHashes.fromFile(Path.of(file)) : SweHashes.ephemeral();
        } catch (IOException e) {
            throw new UncheckedIOException("retain.region.hash-key-file " + file + " cannot be read", e);
        }
    }

    /** Whether the region's key is configured, so that imported returns meet the councils held here. */
    public boolean configured() {
        return configured;
    }

    /** The hashes under the region's key (or this process's own, when none is configured). */
    public SweHashes hashes() {
        return hashes;
    }
}
