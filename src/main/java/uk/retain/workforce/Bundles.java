package uk.retain.workforce;

import java.nio.file.Path;

import uk.retain.workforce.bundle.BundleParser;
import uk.retain.workforce.bundle.BundleSource;

/** Reads a bundle, a folder or a .zip of CSV files, into a register, checking every rule of the format. */
public final class Bundles {

    private Bundles() {
    }

    /** The register of the bundle at {@code path} (a folder or a .zip file). */
    public static Register read(Path path) throws InvalidBundleException {
        return BundleParser.parse(BundleSource.of(path));
    }

    /** The register of a zipped bundle, such as an upload; {@code name} names it in problems. */
    public static Register readZip(String name, byte[] zip) throws InvalidBundleException {
        return BundleParser.parse(BundleSource.ofZip(name, zip));
    }
}
