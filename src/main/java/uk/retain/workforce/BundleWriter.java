package uk.retain.workforce;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import uk.retain.workforce.bundle.AllocationsFile;
import uk.retain.workforce.bundle.RegisterFile;
import uk.retain.workforce.bundle.SupervisionsFile;

/**
 * Writes a register as a bundle, exactly as exchange-format.md describes it, so that {@link Bundles#read} gives
 * the same register back: every file the register has, a header row with every column of the file, RFC 4180
 * quoting only where a cell needs it, ISO dates, {@code true}/{@code false}, plain decimals and empty cells for
 * missing values.
 *
 * <p>Text cells are written as they are; the reader trims cells, so text with leading or trailing spaces (or an
 * empty, non-null text) does not come back unchanged.
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    /** Writes the register's files into {@code folder}, creating it when needed and replacing files of the same names. */
    public static void writeFolder(Register register, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (BundleFile file : filesOf(register)) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(file.fileName()))) {
                write(register, file, out);
            }
        }
        for (BundleFileType<?> type : capabilityFilesOf(register)) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(type.fileName()))) {
                write(register, type, out);
            }
        }
    }

    /** Writes the register as a .zip of its files, at the zip's root. */
    public static void writeZip(Register register, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile)) {
            writeZip(register, out);
        }
    }

    /** Writes the register as a .zip of its files to {@code out}, which stays open. */
    public static void writeZip(Register register, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (BundleFile file : filesOf(register)) {
            zip.putNextEntry(new ZipEntry(file.fileName()));
            write(register, file, zip);
            zip.closeEntry();
        }
        for (BundleFileType<?> type : capabilityFilesOf(register)) {
            zip.putNextEntry(new ZipEntry(type.fileName()));
            write(register, type, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Writes one file of the register (header and rows) to {@code out}, which stays open. */
    public static void write(Register register, BundleFile file, OutputStream out) throws IOException {
        write(columnsOf(file), rows(register, file), out);
    }

    /**
     * Writes {@code allocations} as an allocations.csv of the format (header and rows, in the given order) to
     * {@code out}, which stays open: the allocations made in Retain, for the case management system to take in.
     */
    public static void writeAllocations(List<Allocation> allocations, OutputStream out) throws IOException {
        write(AllocationsFile.FILE.writtenColumns(), rows(AllocationsFile.FILE, allocations), out);
    }

    /** Writes {@code sessions} as a supervisions.csv of the bundle format (header, every column), to {@code out}. */
    public static void writeSupervisions(List<Supervision> sessions, OutputStream out) throws IOException {
        write(SupervisionsFile.FILE.writtenColumns(), rows(SupervisionsFile.FILE, sessions), out);
    }

    /** Writes one capability file of the register, as its descriptor writes its rows, to {@code out}, which stays open. */
    public static void write(Register register, BundleFileType<?> type, OutputStream out) throws IOException {
        write(type.columns(), capabilityRows(register, type), out);
    }

    private static void write(List<String> columns, Iterable<String[]> rows, OutputStream out) throws IOException {
        // The writer must not close the stream: a zip entry follows another on the same stream.
        Writer text = new OutputStreamWriter(new UnclosedOutputStream(out), StandardCharsets.UTF_8);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord(columns);
            for (String[] cells : rows) {
                csv.writeRecord(cells);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The rows of one file of the register as the writer writes them (the cells of {@link #columnsOf}, an empty cell
     * for a missing value), so that what an import changes can be told row by row ({@link BundleChanges}).
     */
    public static List<String[]> cellsOf(Register register, BundleFile file) {
        List<String[]> rows = new ArrayList<>();
        rows(register, file).forEach(rows::add);
        return rows;
    }

    /** The rows of one capability file of the register as its descriptor writes them. */
    public static List<String[]> cellsOf(Register register, BundleFileType<?> type) {
        List<String[]> rows = new ArrayList<>();
        capabilityRows(register, type).forEach(rows::add);
        return rows;
    }

    /** The capability files the register holds, in the format's order. */
    public static List<BundleFileType<?>> capabilityFilesOf(Register register) {
        List<BundleFileType<?>> types = new ArrayList<>();
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            if (register.capabilityFiles().containsKey(type.fileName())) {
                types.add(type);
            }
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static <T> Iterable<String[]> capabilityRows(Register register, BundleFileType<T> type) {
        List<T> rows = (List<T>) register.capabilityFiles().getOrDefault(type.fileName(), List.of());
        return map(rows, row -> cells(type.cells(row).toArray(String[]::new)));
    }

    /** The files to write: the register's own, in the order of the format. */
    private static List<BundleFile> filesOf(Register register) {
        List<BundleFile> files = new ArrayList<>();
        for (BundleFile file : BundleFile.values()) {
            if (file.required() || register.has(file)) {
                files.add(file);
            }
        }
        return files;
    }

    /** Required columns first, then the optional ones, as the file's descriptor lists them. */
    static List<String> columnsOf(BundleFile file) {
        return file.descriptor().writtenColumns();
    }

    private static Iterable<String[]> rows(Register register, BundleFile file) {
        return rows(file.descriptor(), register);
    }

    private static <T> Iterable<String[]> rows(RegisterFile<T> file, Register register) {
        return rows(file, file.rowsOf(register));
    }

    /** Each row's cells as the file's descriptor writes them, in the order of its written columns. */
    private static <T> Iterable<String[]> rows(RegisterFile<T> file, List<T> rows) {
        return map(rows, row -> cells(file.cells(row)));
    }

    private static <T> Iterable<String[]> map(List<T> rows, Function<T, String[]> cells) {
        return () -> rows.stream().map(cells).iterator();
    }

    /** An empty cell stands for a missing value. */
    private static String[] cells(String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = "";
            }
        }
        return values;
    }

    /** Passes writes through but not {@code close}, so a zip stream survives its entries' writers. */
    private static final class UnclosedOutputStream extends java.io.FilterOutputStream {

        UnclosedOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
