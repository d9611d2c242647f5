package uk.retain.benchmarking;

/**
 * The region codes that need care in DfE's files. London's councils carry the code of Inner or Outer London, not of
 * London, and the Inner and Outer London rows sit beside the London row: summing all regional rows would count
 * London twice.
 */
public final class Regions {

    public static final String LONDON = "E12000007";
    public static final String INNER_LONDON = "E13000001";
    public static final String OUTER_LONDON = "E13000002";

    private Regions() {
    }

    /** Whether the code is Inner or Outer London, a part of the London region rather than a region of England. */
    public static boolean isLondonSubregion(String regionCode) {
        return INNER_LONDON.equals(regionCode) || OUTER_LONDON.equals(regionCode);
    }

    /** The region of England (an E12 code) that a row's region code belongs to: London for Inner and Outer London. */
    public static String englishRegion(String regionCode) {
        return isLondonSubregion(regionCode) ? LONDON : regionCode;
    }
}
