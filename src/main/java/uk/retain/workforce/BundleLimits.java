package uk.retain.workforce;

/**
 * How much a zipped bundle may unpack to: each file, and the whole bundle. A bundle past either is refused as soon
 * as unpacking passes the limit, so a zip bomb costs at most the limit in memory.
 */
public record BundleLimits(long fileBytes, long bundleBytes, int problemsPerColumn) {

    /**
     * Far above the largest real council (a 3,000-worker council with 60,000 cases is about 20 MB in all), and far
     * below what would strain the service's memory.
     */
    public static final BundleLimits DEFAULT = new BundleLimits(64L << 20, 128L << 20, 100);

    /**
     * @param problemsPerColumn how many problems of one file and column a report lists; the rest are counted
     */
    public BundleLimits {
        if (fileBytes <= 0 || bundleBytes <= 0 || problemsPerColumn <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static BundleLimits ofMegabytes(long fileMegabytes, long bundleMegabytes) {
        return new BundleLimits(fileMegabytes << 20, bundleMegabytes << 20, DEFAULT.problemsPerColumn());
    }

    public BundleLimits withProblemsPerColumn(int perColumn) {
        return new BundleLimits(fileBytes, bundleBytes, perColumn);
    }
}
