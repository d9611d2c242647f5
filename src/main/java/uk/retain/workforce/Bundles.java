package uk.retain.workforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import uk.retain.workforce.bundle.BundleParser;
import uk.retain.workforce.bundle.BundleSource;
import uk.retain.workforce.bundle.CasesToAllocateFile;

/** Reads a bundle, a folder or a .zip of CSV files, into a register, checking every rule of the format. */
public final class Bundles {

    private Bundles() {
    }

    /** The register of the bundle at {@code path} (a folder or a .zip file). */
    public static Register read(Path path) throws InvalidBundleException {
        return BundleParser.parse(BundleSource.of(path));
    }

    /**
     * What {@code use} makes of the register of the bundle at {@code path}, when the bundle is valid. It runs
     * while the rules across files are still being checked and its result is dropped if they fail, so it must only
     * read the register and cope with one that breaks the rules (the command line's measures use this).
     */
    public static <T> T read(Path path, Function<Register, T> use) throws InvalidBundleException {
        return BundleParser.parse(BundleSource.of(path), use);
    }

    /**
     * For each of {@code files} of the bundle at {@code path}, the lines of its rows by their value in {@code column}
     * (such as each worker's rows by {@code worker_id}), for a report that names the line to fix; read once.
     */
    public static java.util.Map<BundleFile, java.util.Map<String, List<Long>>> lines(Path path, String column, BundleFile... files)
            throws InvalidBundleException {
        return uk.retain.workforce.bundle.BundleLines.of(path, column, files);
    }

    /**
     * The cases of a file of cases to allocate: the columns of cases.csv plus an optional {@code team_id}, read by
     * the same cell rules as a bundle, each case open on {@code date} and without a primary worker in
     * {@code register} then, each team one of the register's. Problems name the file by its file name.
     */
    public static List<CaseToAllocate> readCases(Path file, Register register, LocalDate date) throws InvalidBundleException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidBundleException(List.of(new Problem(name, 1, "-", "cannot be read: " + BundleSource.reason(e))));
        }
        return CasesToAllocateFile.read(name, bytes, register, date);
    }

    /** The same, for a file already in memory (such as an upload); {@code name} names it in problems. */
    public static List<CaseToAllocate> readCases(String name, byte[] bytes, Register register, LocalDate date)
            throws InvalidBundleException {
        return CasesToAllocateFile.read(name, bytes, register, date);
    }

    /**
     * The rows of one capability file as {@link BundleWriter} wrote it (as the store keeps it), typed by its
     * descriptor; only the file's own cell rules apply, as its rules across files held when it was imported.
     */
    public static <T> List<T> readCapabilityFile(BundleFileType<T> type, byte[] bytes) throws InvalidBundleException {
        return BundleParser.typeOne(type, bytes);
    }

    /** The register of a zipped bundle, such as an upload; {@code name} names it in problems. */
    public static Register readZip(String name, byte[] zip) throws InvalidBundleException {
        return BundleParser.parse(BundleSource.ofZip(name, zip));
    }

    /** The same, unpacking at most {@code limits} (a bundle past them is refused before it is unpacked further). */
    public static Register readZip(String name, byte[] zip, BundleLimits limits) throws InvalidBundleException {
        return BundleParser.parse(BundleSource.ofZip(name, zip, limits), limits.problemsPerColumn());
    }
}
