/**
 * The register in the database: writing an authority's register in one transaction, and reading it back.
 * Internal to the workforce module; {@link uk.retain.workforce.Registers} is the way in.
 */
package uk.retain.workforce.store;
