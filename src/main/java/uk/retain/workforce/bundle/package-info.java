/**
 * Reading a bundle: its files from a folder or a zip, their CSV rows, the typed cells, and the rules that
 * tie rows and files together. Internal to the workforce module; {@link uk.retain.workforce.Bundles} is the
 * way in.
 */
package uk.retain.workforce.bundle;
