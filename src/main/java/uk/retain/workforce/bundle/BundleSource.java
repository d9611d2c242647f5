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

import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;

/**
 * The {@code .csv} files at the root of a bundle folder or zip, by name. Sub-folders and other files are not
 * part of a bundle and are passed over; a folder inside a zip is remembered only to explain a missing file.
 */
public final class BundleSource {

    /** A zip that unpacks to more than this is refused rather than read into memory. */
    static final long MAX_UNPACKED_BYTES = 1L << 30;

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
        if (Files.isDirectory(path)) {
            return ofFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw unreadable(path.toString(), "no such folder or .zip file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return ofZip(path.getFileName().toString(), in);
        } catch (IOException e) {
            throw unreadable(path.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static BundleSource ofZip(String name, byte[] zip) throws InvalidBundleException {
        try {
            return ofZip(name, new ByteArrayInputStream(zip));
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

    private static BundleSource ofZip(String name, InputStream raw) throws IOException, InvalidBundleException {
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
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES - unpacked + 1));
                unpacked += content.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw unreadable(name, "unpacks to more than 1 GiB, more than one authority's bundle should ever need");
                }
                files.put(entryName, content);
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
