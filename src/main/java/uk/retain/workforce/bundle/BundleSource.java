package uk.retain.workforce.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;

/**
 * The {@code .csv} files at the root of a bundle folder or zip, by name. Sub-folders and other files are not
 * part of a bundle and are passed over; a folder inside a zip is remembered only to explain a missing file.
 */
public final class BundleSource {

    /** Bytes read from an entry at a time: what a refused entry costs in memory beyond the limit. */
    private static final int CHUNK = 64 * 1024;

    /** What the source holds for a file whose bytes it has handed over. */
    private static final byte[] TAKEN = new byte[0];

    private final String name;
    private final Map<String, byte[]> csvFiles;
    private final List<String> subFolders;

    private BundleSource(String name, Map<String, byte[]> csvFiles, List<String> subFolders) {
        this.name = name;
        this.csvFiles = csvFiles;
        this.subFolders = subFolders;
    }

    public static BundleSource of(Path path) throws InvalidBundleException {
        return of(path, BundleLimits.DEFAULT);
    }

    public static BundleSource of(Path path, BundleLimits limits) throws InvalidBundleException {
        if (Files.isDirectory(path)) {
            return ofFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw unreadable(path.toString(), "no such folder or .zip file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return ofZip(path.getFileName().toString(), in, limits);
        } catch (IOException e) {
            throw unreadable(path.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static BundleSource ofZip(String name, byte[] zip) throws InvalidBundleException {
        return ofZip(name, zip, BundleLimits.DEFAULT);
    }

    public static BundleSource ofZip(String name, byte[] zip, BundleLimits limits) throws InvalidBundleException {
        try {
            return ofZip(name, new ByteArrayInputStream(zip), limits);
        } catch (IOException e) {
            throw unreadable(name, "cannot be read: " + e.getMessage());
        }
    }

    private static BundleSource ofFolder(Path folder) throws InvalidBundleException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> subFolders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String fileName = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    subFolders.add(fileName);
                } else if (isCsv(fileName)) {
                    files.put(fileName, Files.readAllBytes(entry));
                }
            }
        } catch (IOException e) {
            throw unreadable(folder.toString(), "cannot be read: " + e.getMessage());
        }
        return new BundleSource(folder.toString(), files, subFolders);
    }

    /**
     * Unpacks the root {@code .csv} entries a chunk at a time, counting as it goes: an entry or a bundle that would
     * unpack past its limit is refused at the first chunk past it, so a zip bomb costs at most the limit in memory,
     * never its expanded size.
     */
    private static BundleSource ofZip(String name, InputStream raw, BundleLimits limits) throws IOException, InvalidBundleException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> subFolders = new ArrayList<>();
        long unpacked = 0;
        boolean anyEntry = false;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                anyEntry = true;
                String entryName = entry.getName();
                int slash = entryName.indexOf('/');
                if (slash >= 0) {
                    String folder = entryName.substring(0, slash);
                    if (!subFolders.contains(folder)) {
                        subFolders.add(folder);
                    }
                    continue;
                }
                if (!isCsv(entryName)) {
                    continue;
                }
                java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
                byte[] chunk = new byte[CHUNK];
                long entryBytes = 0;
                for (int read; (read = zip.read(chunk)) > 0; ) {
                    entryBytes += read;
                    unpacked += read;
                    if (entryBytes > limits.fileBytes()) {
                        throw unreadable(name, entryName + " unpacks to more than " + megabytes(limits.fileBytes())
                                + ", the most one file of a bundle may hold; nothing was imported");
                    }
                    if (unpacked > limits.bundleBytes()) {
                        throw unreadable(name, "unpacks to more than " + megabytes(limits.bundleBytes())
                                + ", the most a bundle may hold; nothing was imported");
                    }
                    content.write(chunk, 0, read);
                }
                files.put(entryName, content.toByteArray());
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the zip's encoding.
            throw unreadable(name, "not a readable .zip file: " + e.getMessage());
        }
        if (!anyEntry) {
            throw unreadable(name, "not a .zip file, or an empty one");
        }
        return new BundleSource(name, files, subFolders);
    }

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }

    private static boolean isCsv(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    public String name() {
        return name;
    }

    /** The names of the root {@code .csv} files, in a stable order. */
    public Set<String> fileNames() {
        return csvFiles.keySet();
    }

    /**
     * The bytes of the file, handed over once: the source then holds the file's name only, so that a large
     * bundle's text can be collected as soon as it is read, rather than live until every file is.
     */
    byte[] take(String fileName) {
        return csvFiles.replace(fileName, TAKEN);
    }

    /** A hint for a missing file when the files sit in a sub-folder instead of at the root. */
    String missingFileHint(String fileName) {
        return subFolders.isEmpty() ? ""
                : " (the bundle has the sub-folder '" + subFolders.get(0) + "'; the files must be at its root)";
    }

    private static InvalidBundleException unreadable(String where, String message) {
        return new InvalidBundleException(List.of(new Problem(where, 0, "-", message)));
    }
}
