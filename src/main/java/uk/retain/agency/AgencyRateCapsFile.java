package uk.retain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * {@code agency_rate_caps.csv} of exchange-format.md: a regional price cap on the hourly pay of one job type over a
 * period. {@code effective_to} is on or after {@code effective_from}, and the caps for one region and job type never
 * overlap in time.
 */
public final class AgencyRateCapsFile extends BundleFileType<RateCap> {

    public static final String NAME = "agency_rate_caps.csv";

    private static final Pattern REGION_CODE = Pattern.compile("E12[0-9]{6}");

    public AgencyRateCapsFile() {
        super(NAME, 170, List.of("region_code", "job_type", "effective_from", "max_hourly_pay"), List.of("effective_to"),
                null);
    }

    @Override
    public RateCap type(Cells row) {
        String regionCode = row.text("region_code");
        if (regionCode != null && !REGION_CODE.matcher(regionCode).matches()) {
            row.problem("region_code", "'" + regionCode + "' is not an ONS region code such as E12000006");
        }
        JobType jobType = row.code("job_type", JobType.class);
        LocalDate effectiveFrom = row.date("effective_from");
        LocalDate effectiveTo = row.optionalDate("effective_to");
        BigDecimal maxHourlyPay = row.decimal("max_hourly_pay");
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            row.problem("effective_to", "effective_to " + effectiveTo + " is before effective_from " + effectiveFrom);
        }
        return new RateCap(regionCode, jobType, effectiveFrom, effectiveTo, maxHourlyPay);
    }

    @Override
    public List<String> cells(RateCap cap) {
        return Arrays.asList(cap.regionCode(), cap.jobType().code(), cap.effectiveFrom().toString(),
                cap.maxHourlyPay().toPlainString(), cap.effectiveTo() == null ? null : cap.effectiveTo().toString());
    }

    /** Caps for one region and job type never overlap: a row overlapping an earlier one is reported, naming it. */
    @Override
    public void check(List<FileRow<RateCap>> rows, FileChecks checks) {
        Map<String, List<FileRow<RateCap>>> byRegionAndType = new LinkedHashMap<>();
        for (FileRow<RateCap> row : rows) {
            String key = row.value().regionCode() + " " + row.value().jobType().code();
            List<FileRow<RateCap>> earlier = byRegionAndType.computeIfAbsent(key, k -> new ArrayList<>());
            for (FileRow<RateCap> other : earlier) {
                if (overlap(row.value(), other.value())) {
                    RateCap cap = row.value();
                    checks.problem(row.line(), "effective_from", "the cap for " + cap.regionCode() + " and "
                            + cap.jobType().code() + " from " + cap.effectiveFrom() + until(cap.effectiveTo())
                            + " overlaps the one on line " + other.line() + " (from " + other.value().effectiveFrom()
                            + until(other.value().effectiveTo()) + "): caps for one region and job type never overlap in time");
                    break;
                }
            }
            earlier.add(row);
        }
    }

    private static boolean overlap(RateCap a, RateCap b) {
        return !after(a.effectiveFrom(), b.effectiveTo()) && !after(b.effectiveFrom(), a.effectiveTo());
    }

    /** Whether {@code day} is after the last day {@code end} (never, when the range is open). */
    private static boolean after(LocalDate day, LocalDate end) {
        return end != null && day.isAfter(end);
    }

    private static String until(LocalDate end) {
        return end == null ? ", open-ended" : " to " + end;
    }
}
