package uk.retain.workforce.store;

import uk.retain.workforce.Register;

/** A stored register with the import version it came from. */
public record VersionedRegister(Register register, long version) {
}
