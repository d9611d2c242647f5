package uk.retain.benchmarking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * DfE's published children's social work workforce indicators: England, the regions and every council, by year.
 * {@link #fromClasspath()} gives the 2017–2025 release shipped with Retain; {@link #parse} reads any file of the same
 * shape.
 */
public final class PublishedIndicators {

    /** The release shipped with Retain; its provenance is in {@code SOURCES.md} beside it. */
    public static final String RESOURCE = "/benchmarking/dfe-csww-indicators-by-la_2017-2025.csv";

    private final List<PublishedRow> rows;

    private PublishedIndicators(List<PublishedRow> rows) {
        this.rows = rows;
    }

    /** The release shipped with Retain, read on first use and shared after (it is immutable). */
    public static PublishedIndicators fromClasspath() {
        return Shipped.INDICATORS;
    }

    /**
     * Reads a DfE indicator file, and closes the stream.
     *
     * @param fileName the name to put in error messages
     * @throws IndicatorFileException when a required column is missing or a value is unreadable
     */
    public static PublishedIndicators parse(InputStream in, String fileName) {
        return new PublishedIndicators(IndicatorFileReader.read(in, fileName));
    }

    /** Every row, in the file's order. */
    public List<PublishedRow> rows() {
        return rows;
    }

    /** The years the file covers, earliest first. */
    public SortedSet<Integer> years() {
        var years = new TreeSet<Integer>();
        rows.forEach(row -> years.add(row.year()));
        return years;
    }

    public Optional<PublishedRow> england(int year) {
        return first(year, row -> row.level() == GeographicLevel.NATIONAL);
    }

    /** A regional row by its E-code: one of the nine regions, or Inner or Outer London. */
    public Optional<PublishedRow> region(String regionCode, int year) {
        return first(year, row -> isRegional(row) && regionCode.equals(row.regionCode()));
    }

    /**
     * The row a council reports in, by its 3-digit code or its E-code. A council that reports jointly finds the joint
     * row: {@code 940} and {@code 941} both find {@code 940 / 941}.
     */
    public Optional<PublishedRow> council(String laCode, int year) {
        return first(year, row -> row.isCouncil() && row.reportsFor(laCode));
    }

    /** Every council row of the year; a joint row appears once. */
    public List<PublishedRow> councils(int year) {
        return select(year, PublishedRow::isCouncil);
    }

    /** The councils of a region: for {@link Regions#LONDON}, those whose rows carry Inner or Outer London. */
    public List<PublishedRow> councilsIn(String regionCode, int year) {
        return select(year, row -> row.isCouncil()
                && (regionCode.equals(row.regionCode()) || regionCode.equals(row.englishRegionCode())));
    }

    /** The nine regions of England, which together make England: London once, without Inner and Outer London. */
    public List<PublishedRow> regions(int year) {
        return select(year, row -> isRegional(row) && !Regions.isLondonSubregion(row.regionCode()));
    }

    /** Inner and Outer London, published beside London; never add them to {@link #regions(int)}. */
    public List<PublishedRow> londonSubregions(int year) {
        return select(year, row -> isRegional(row) && Regions.isLondonSubregion(row.regionCode()));
    }

    private static boolean isRegional(PublishedRow row) {
        return row.level() == GeographicLevel.REGIONAL;
    }

    private Optional<PublishedRow> first(int year, Predicate<PublishedRow> test) {
        return rows.stream().filter(row -> row.year() == year).filter(test).findFirst();
    }

    private List<PublishedRow> select(int year, Predicate<PublishedRow> test) {
        return rows.stream().filter(row -> row.year() == year).filter(test).toList();
    }

    /** Holder, so the shipped file is read once, on first use, without locking. */
    private static final class Shipped {
        static final PublishedIndicators INDICATORS = read();

        private static PublishedIndicators read() {
            try (InputStream in = PublishedIndicators.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("not on the classpath: " + RESOURCE);
                }
                return parse(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
