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
            throw unreadable(path.toString(), "cannot be read: " + reason(e));
        }
    }

    public static BundleSource ofZip(String name, byte[] zip) throws InvalidBundleException {
        return ofZip(name, zip, BundleLimits.DEFAULT);
    }

    public static BundleSource ofZip(String name, byte[] zip, BundleLimits limits) throws InvalidBundleException {
        try {
            return ofZip(name, new ByteArrayInputStream(zip), limits);
        } catch (IOException e) {
            throw unreadable(name, "cannot be read: " + reason(e));
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
            throw unreadable(folder.toString(), "cannot be read: " + reason(e));
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
        List<String> entries = new ArrayList<>();
        ZipEnd end = new ZipEnd(raw);
        try (ZipInputStream zip = new ZipInputStream(end)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String entryName = entry.getName();
                entries.add(entryName);
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
            end.readToTheEnd();
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the zip's encoding.
            throw unreadable(name, "not a readable .zip file: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw unreadable(name, "not a .zip file, or an empty one");
        }
        // The zip reader stops at the first thing that is not an entry, the end of the input included, and takes each
        // entry's name from the entry itself: a zip cut short where an entry begins reads as a shorter, whole one, and
        // a damaged name as another file. Only the list of files at the zip's end tells.
        ZipEnd.Listing listing = end.listing();
        if (listing == null) {
            throw unreadable(name, "is incomplete: it ends before its list of files (the upload may have been cut short); "
                    + "nothing was imported");
        }
        if (listing.whole() ? !entries.equals(listing.names()) : listing.count() != (entries.size() & 0xFFFF)) {
            throw unreadable(name, "not a readable .zip file: its list of files does not match the files it holds; "
                    + "nothing was imported");
        }
        return new BundleSource(name, files, subFolders);
    }

    /**
     * The input of a zip, keeping the last bytes read: where a whole zip ends with its directory (a bundle's is
     * a few kilobytes) and its directory's end record
     * (signature {@code PK\5\6}, then the count of entries, then a comment of at most 65,535 bytes).
     */
    private static final class ZipEnd extends java.io.FilterInputStream {

        /** The count of a zip64 archive's directory end record, which gives the real count elsewhere. */
        static final int MANY = 0xFFFF;
        private static final int RECORD = 22;
        private static final int KEPT = RECORD + 0xFFFF;

        private final byte[] last = new byte[KEPT];
        private long read;

        ZipEnd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                keep(buffer, offset, n);
            }
            return n;
        }

        /** Keeps the bytes in a ring of the last {@link #KEPT}: only those can hold the end record. */
        private void keep(byte[] buffer, int offset, int length) {
            int skipped = Math.max(0, length - KEPT);
            int from = offset + skipped;
            long at = read + skipped;
            for (int remaining = length - skipped; remaining > 0; ) {
                int position = (int) (at % KEPT);
                int n = Math.min(remaining, KEPT - position);
                System.arraycopy(buffer, from, last, position, n);
                from += n;
                at += n;
                remaining -= n;
            }
            read += length;
        }

        /** Reads what the zip reader left: its directory, and anything after it. */
        void readToTheEnd() throws IOException {
            byte[] chunk = new byte[CHUNK];
            while (read(chunk, 0, chunk.length) >= 0) {
                // kept as it is read
            }
        }

        /**
         * What the zip's directory lists: the count its end record gives, and whether the whole directory is among the
         * bytes kept (not for a zip64 archive, whose count is {@link #MANY}), with the entries' names when it is and
         * they can be read (null when they cannot: a damaged directory).
         */
        record Listing(int count, boolean whole, List<String> names) {
        }

        Listing listing() {
            int kept = (int) Math.min(read, KEPT);
            byte[] tail = new byte[kept];
            for (int i = 0; i < kept; i++) {
                tail[i] = last[(int) ((read - kept + i) % KEPT)];
            }
            for (int at = kept - RECORD; at >= 0; at--) {
                if (signature(tail, at, 5, 6) && at + RECORD + u16(tail, at + 20) == kept) {
                    int count = u16(tail, at + 10);
                    long size = u32(tail, at + 12);
                    boolean whole = count != MANY && size <= at;
                    return new Listing(count, whole, whole ? names(tail, (int) (at - size), at, count) : null);
                }
            }
            return null;
        }

        /** The names of the directory's entries from {@code from} to {@code to}, or null when they are not {@code count} entries. */
        private static List<String> names(byte[] tail, int from, int to, int count) {
            List<String> names = new ArrayList<>();
            int at = from;
            while (at + 46 <= to && signature(tail, at, 1, 2)) {
                int nameLength = u16(tail, at + 28);
                int next = at + 46 + nameLength + u16(tail, at + 30) + u16(tail, at + 32);
                if (next > to) {
                    return null;
                }
                names.add(new String(tail, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8));
                at = next;
            }
            return at == to && names.size() == count ? names : null;
        }

        private static boolean signature(byte[] bytes, int at, int third, int fourth) {
            return bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == third && bytes[at + 3] == fourth;
        }

        private static long u32(byte[] bytes, int at) {
            return u16(bytes, at) | (long) u16(bytes, at + 2) << 16;
        }

        private static int u16(byte[] bytes, int at) {
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
        }
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

    /**
     * Why a file could not be read, for a person: the error's own message, or for an error without one (the zip
     * reader's end of file has none) what it means.
     */
    public static String reason(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof java.io.EOFException ? "it ends too early (cut short, or not a .zip file)" : "an input error";
    }

    private static InvalidBundleException unreadable(String where, String message) {
        return new InvalidBundleException(List.of(new Problem(where, 0, "-", message)));
    }
}
