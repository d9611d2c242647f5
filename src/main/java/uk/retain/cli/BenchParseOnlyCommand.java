package uk.retain.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The floor under {@code measures}: reads every CSV file of a bundle with FastCSV and throws the records away,
 * with no checks and no register. {@code bench measures} runs it in a fresh JVM to compare against.
 */
@Command(name = "parse-only", hidden = true, mixinStandardHelpOptions = true,
        description = "Parse every CSV file of a bundle with FastCSV and discard the records (benchmark floor).")
final class BenchParseOnlyCommand implements Callable<Integer> {

    /** The line {@code bench measures} reads the in-process parse time from. */
    static final String RESULT_PREFIX = "parse-only:";

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        long[] counts = new long[3]; // files, records, fields
        if (Files.isDirectory(bundle)) {
            List<Path> files;
            try (Stream<Path> entries = Files.list(bundle)) {
                files = entries.filter(BenchParseOnlyCommand::isCsv).sorted().toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    parse(in, counts);
                }
            }
        } else {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (entry.getName().indexOf('/') < 0 && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        parse(zip, counts);
                    }
                }
            }
        }
        long nanos = System.nanoTime() - start;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s %d files, %d records, %d fields in %.3f s%n", RESULT_PREFIX, counts[0], counts[1],
                counts[2], nanos / 1e9);
        out.flush();
        return 0;
    }

    private static boolean isCsv(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static void parse(InputStream in, long[] counts) throws IOException {
        // Not closed here: for a zip, closing would close the whole archive.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).ofCsvRecord(reader);
        for (CsvRecord record : csv) {
            counts[1]++;
            counts[2] += record.getFieldCount();
        }
        counts[0]++;
    }
}
