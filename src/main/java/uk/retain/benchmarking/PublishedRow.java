package uk.retain.benchmarking;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The published indicators of one geography (England, a region, or a council) for one year.
 *
 * @param year       the {@code time_period}: the census year, counted at 30 September
 * @param level      England, a region or a council
 * @param regionCode the region's E-code (Inner or Outer London for London's councils); null for England
 * @param regionName the region's name; null for England
 * @param oldLaCode  a council's 3-digit code, or a joint code such as {@code 940 / 941}; null above council level
 * @param newLaCode  a council's E-code, joint like {@code oldLaCode}; null above council level
 * @param laName     the council's name; null above council level
 * @param values     the value of every measure
 */
public record PublishedRow(
        int year,
        GeographicLevel level,
        String regionCode,
        String regionName,
        String oldLaCode,
        String newLaCode,
        String laName,
        Map<Measure, PublishedValue> values) {

    /** How DfE writes the codes and names of councils that report together. */
    private static final String JOINT_SEPARATOR = "/";

    public PublishedRow {
        Objects.requireNonNull(level, "level");
        var copy = new EnumMap<Measure, PublishedValue>(Measure.class);
        copy.putAll(values);
        for (Measure measure : Measure.values()) {
            Objects.requireNonNull(copy.get(measure), () -> "no value of " + measure.column());
        }
        values = Collections.unmodifiableMap(copy);
    }

    public PublishedValue value(Measure measure) {
        return values.get(measure);
    }

    /** The value of a DfE column, such as {@code turnover_rate_fte}. */
    public PublishedValue value(String column) {
        return value(Measure.ofColumn(column));
    }

    /** The number of a measure, or null when DfE published a marker instead. */
    public Double number(Measure measure) {
        return value(measure).number();
    }

    public boolean isCouncil() {
        return level == GeographicLevel.LOCAL_AUTHORITY;
    }

    /** Whether this row is for several councils reporting together, such as North and West Northamptonshire. */
    public boolean isJoint() {
        return laCodes().size() > 1;
    }

    /** The 3-digit codes of the councils in this row: one, or the members of a joint row; empty above council level. */
    public List<String> laCodes() {
        return split(oldLaCode);
    }

    /** The E-codes of the councils in this row, as {@link #laCodes()}. */
    public List<String> newLaCodes() {
        return split(newLaCode);
    }

    /** Whether the row reports for the council with this 3-digit or E-code, alone or jointly. */
    public boolean reportsFor(String laCode) {
        return laCodes().contains(laCode) || newLaCodes().contains(laCode);
    }

    /** The region of England the row belongs to: London for Inner and Outer London and their councils. */
    public String englishRegionCode() {
        return regionCode == null ? null : Regions.englishRegion(regionCode);
    }

    /** A name for people: the council's, the region's, or England. */
    public String name() {
        return switch (level) {
            case NATIONAL -> "England";
            case REGIONAL -> regionName;
            case LOCAL_AUTHORITY -> laName;
        };
    }

    @Override
    public String toString() {
        return year + " " + name() + (oldLaCode == null ? "" : " (" + oldLaCode + ")");
    }

    private static List<String> split(String codes) {
        if (codes == null) {
            return List.of();
        }
        return Arrays.stream(codes.split(JOINT_SEPARATOR)).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }
}
