package uk.retain.region;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.agency.JobType;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.Suppression;
import uk.retain.workforce.Register;

/**
 * A council's regional return (docs/regional-return.md, decision 0031): what a council on its own Retain shares with
 * its region's hub, aggregates and keyed hashes only. Its measures on the reference date with small numbers
 * suppressed as in everything shared ({@link RegisterMeasures#suppressed}); its agency engagements running that day,
 * counted by job type and rate band and suppressed alike; and the events the cross-border checks need
 * ({@link WorkerEvents}), each worker as the keyed hash of their SWE number. No name, no id, no SWE number.
 *
 * @param measures the authority's measures after suppression, without the rows about one person
 * @param agency the count of engagements by job type code, then rate band: an {@link Integer} or {@code "c"}
 * @param keyCheck the check of the key the hashes were made with ({@link SweHashes#keyCheck})
 */
public record RegionalReturn(String laCode, String council, String regionCode, LocalDate referenceDate, String keyCheck,
        Map<String, Object> measures, Map<String, Map<String, Object>> agency, List<WorkerEvent> events) {

    /** The format's name, the first field of every return. */
    public static final String FORMAT = "retain-regional-return";

    /** The format's version. */
    public static final int VERSION = 1;

    /** The width of a rate band in pounds an hour: {@code 35-40} is £35.00 to £39.99. */
    public static final int BAND_POUNDS = 5;

    private static final Suppression.Rules AGENCY_RULES = new Suppression.Rules().counts("agency_engagements");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public RegionalReturn {
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        agency = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agency));
        events = List.copyOf(events);
    }

    /** The return of the register on {@code date}, its SWE numbers hashed with {@code hashes}. */
    public static RegionalReturn of(Register register, LocalDate date, SweHashes hashes) {
        Map<String, Object> measures = new LinkedHashMap<>();
        RegisterMeasures.of(register).suppressed(date).authority().forEach((name, value) -> {
            if (value != null) {
                measures.put(name, value);
            }
        });
        return new RegionalReturn(register.authority().laCode(), register.authority().name(), register.authority().regionCode(),
                date, hashes.keyCheck(), measures, agency(register.rows(AgencyEngagementsFile.class), date),
                WorkerEvents.of(register, hashes, date));
    }

    /** The engagements running on the day by job type and rate band, counts under 5 suppressed. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> agency(List<AgencyEngagement> engagements, LocalDate date) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (JobType type : JobType.values()) {
            Map<String, Object> bands = new TreeMap<>(RegionalReturn::byBand);
            for (AgencyEngagement engagement : engagements) {
                if (engagement.jobType() == type && engagement.runsOn(date)) {
                    bands.merge(band(engagement.hourlyPay()), 1, (a, b) -> (Integer) a + (Integer) b);
                }
            }
            if (!bands.isEmpty()) {
                counts.put(type.code(), new LinkedHashMap<>(bands));
            }
        }
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("agency_engagements", counts);
        Object suppressed = Suppression.apply(AGENCY_RULES, unit, Map.of(), Map.of(), Map.of()).authority().get("agency_engagements");
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        ((Map<String, Object>) suppressed).forEach((type, bands) -> out.put(type, (Map<String, Object>) bands));
        return out;
    }

    /** The rate band of an hourly pay: {@code 35-40} for £35.00 up to £39.99. */
    public static String band(BigDecimal hourlyPay) {
        int low = hourlyPay.divide(BigDecimal.valueOf(BAND_POUNDS), 0, RoundingMode.FLOOR).intValue() * BAND_POUNDS;
        return low + "-" + (low + BAND_POUNDS);
    }

    private static int byBand(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(0, a.indexOf('-'))), Integer.parseInt(b.substring(0, b.indexOf('-'))));
    }

    /** The return as the JSON object of docs/regional-return.md, fields in its order. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("la_code", laCode);
        json.put("council", council);
        json.put("region_code", regionCode);
        json.put("reference_date", referenceDate.toString());
        json.put("key_check", keyCheck);
        json.put("measures", measures);
        List<Object> agencyRows = new ArrayList<>();
        agency.forEach((type, bands) -> bands.forEach((band, count) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("job_type", type);
            row.put("rate_band", band);
            row.put("count", count);
            agencyRows.add(row);
        }));
        json.put("agency_engagements", agencyRows);
        List<Object> eventRows = new ArrayList<>(events.size());
        for (WorkerEvent event : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("swe_hash", event.sweHash());
            row.put("kind", event.kind().code());
            row.put("date", event.date().toString());
            if (event.jobType() != null) {
                row.put("job_type", event.jobType().code());
                row.put("hourly_pay", event.hourlyPay());
            }
            eventRows.add(row);
        }
        json.put("events", eventRows);
        return json;
    }

    /** The return's text: its JSON, indented, ending with a line end. */
    public String text() {
        return JSON.writeValueAsString(json()) + "\n";
    }
}
