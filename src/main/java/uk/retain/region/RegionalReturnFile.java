package uk.retain.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.agency.JobType;
import uk.retain.measures.Suppression;
import uk.retain.workforce.Coded;

/**
 * Reads a regional return (docs/regional-return.md) and checks all of it, so that a hub takes a return whole or not
 * at all: every problem is listed, by JSON pointer. A field the format does not name is refused, so that nothing
 * but aggregates and keyed hashes can travel in a return; so is a count from 1 to 4 that is not suppressed.
 */
public final class RegionalReturnFile {

    // A key given twice is refused: otherwise the last one would silently win (two la_codes, two counts).
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern REGION_CODE = Pattern.compile("E12[0-9]{6}");
    private static final Pattern KEY_CHECK = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern BAND = Pattern.compile("(0|[1-9][0-9]{0,3})-([1-9][0-9]{0,3})");
    private static final Set<String> TOP = Set.of("format", "version", "la_code", "council", "region_code", "reference_date",
            "key_check", "measures", "agency_engagements", "events");
    private static final Set<String> AGENCY_FIELDS = Set.of("job_type", "rate_band", "count");
    private static final Set<String> EVENT_FIELDS = Set.of("swe_hash", "kind", "date", "job_type", "hourly_pay");

    private final List<InvalidReturnException.Problem> problems = new ArrayList<>();

    private RegionalReturnFile() {
    }

    /** The return in {@code bytes}, or every problem of it. */
    public static RegionalReturn read(String fileName, byte[] bytes) throws InvalidReturnException {
        RegionalReturnFile file = new RegionalReturnFile();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String message = e.getOriginalMessage();
            String problem = message != null && message.startsWith("Duplicate ")
                    ? where + "a key is given twice in one object (" + message + ")"
                    : where + "not JSON (" + message + ")";
            throw new InvalidReturnException(fileName, List.of(new InvalidReturnException.Problem("", problem)));
        }
        RegionalReturn read = file.read(root);
        if (!file.problems.isEmpty()) {
            throw new InvalidReturnException(fileName, file.problems);
        }
        return read;
    }

    private RegionalReturn read(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "a regional return is one JSON object");
            return null;
        }
        unknown(root, "", TOP);
        if (!RegionalReturn.FORMAT.equals(text(root, "/format", true))) {
            problem("/format", "must be \"" + RegionalReturn.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() != RegionalReturn.VERSION) {
            problem("/version", "must be " + RegionalReturn.VERSION + ", the version this Retain reads");
        }
        String laCode = matching(root, "/la_code", LA_CODE, "three digits, the DfE local authority code");
        String council = text(root, "/council", true);
        if (council != null && (council.isBlank() || council.length() > 100)) {
            problem("/council", "must be the council's name, 1 to 100 characters");
        }
        String region = matching(root, "/region_code", REGION_CODE, "an ONS region code such as E12000006");
        LocalDate date = date(root, "/reference_date");
        String keyCheck = matching(root, "/key_check", KEY_CHECK, "16 lower-case hexadecimal digits");
        Map<String, Object> measures = measures(root.get("measures"));
        Map<String, Map<String, Object>> agency = agency(root.get("agency_engagements"));
        List<WorkerEvent> events = events(root.get("events"), laCode, date);
        if (!problems.isEmpty()) {
            return null;
        }
        return new RegionalReturn(laCode, council, region, date, keyCheck, measures, agency, events);
    }

    private Map<String, Object> measures(JsonNode node) {
        Map<String, Object> measures = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            problem("/measures", "must be an object of the council's measures");
            return measures;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String pointer = "/measures/" + entry.getKey();
            if (!Suppression.knows(entry.getKey())) {
                problem(pointer, "is not a measure of measures.md that may be shared");
                continue;
            }
            if (Suppression.isPersonRows(entry.getKey())) {
                problem(pointer, "is rows about one person each, which never leave the council");
                continue;
            }
            Object value = figure(entry.getValue(), pointer, Suppression.isCount(entry.getKey()));
            if (value instanceof Map<?, ?> inner) {
                keysOf(entry.getKey(), inner, pointer);
            }
            if (value != null) {
                measures.put(entry.getKey(), value);
            }
        }
        return measures;
    }

    /**
     * The keys an object measure may have: its bands or codes, so that nothing but a code (never a name or an id)
     * travels as a key; and for {@code applications_by_source} each source's three counts.
     */
    static final Map<String, Set<String>> OBJECT_KEYS = Map.of(
            "pqe_bands", Set.copyOf(uk.retain.workforce.PqeBand.KEYS),
            "leaving_reasons", codes(uk.retain.exits.LeavingReason.values()),
            "applications_by_source", codes(uk.retain.recruitment.Source.values()));

    private static Set<String> codes(Coded[] values) {
        return java.util.Arrays.stream(values).map(Coded::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    private static final Set<String> SOURCE_COUNTS = Set.of("applications", "offers", "starts");

    private void keysOf(String measure, Map<?, ?> inner, String pointer) {
        Set<String> allowed = OBJECT_KEYS.get(measure);
        for (Map.Entry<?, ?> entry : inner.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (allowed == null || !allowed.contains(key)) {
                problem(pointer + "/" + key, "is not a key " + measure + " has (only its codes travel)");
            } else if (measure.equals("applications_by_source") && entry.getValue() instanceof Map<?, ?> counts) {
                counts.keySet().stream().map(String::valueOf).filter(k -> !SOURCE_COUNTS.contains(k))
                        .forEach(k -> problem(pointer + "/" + key + "/" + k, "is not one of applications, offers, starts"));
            }
        }
    }

    /** A measure's value: a number, {@code "c"}, or an object of these (an object of counts). */
    private Object figure(JsonNode value, String pointer, boolean count) {
        if (value.isNumber()) {
            double number = value.asDouble();
            if (number < 0) {
                problem(pointer, "must not be negative");
            } else if (count && number > 0 && number < Suppression.THRESHOLD) {
                problem(pointer, "is a count under " + Suppression.THRESHOLD + " that is not suppressed (must be \"c\")");
            }
            return value.isIntegralNumber() ? (Object) value.asLong() : (Object) value.decimalValue();
        }
        if (value.isString() && Suppression.SUPPRESSED.equals(value.asString())) {
            return Suppression.SUPPRESSED;
        }
        if (value.isObject()) {
            Map<String, Object> inner = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                inner.put(entry.getKey(), figure(entry.getValue(), pointer + "/" + entry.getKey(), true));
            }
            return inner;
        }
        problem(pointer, "must be a number, \"c\" or an object of counts");
        return null;
    }

    private Map<String, Map<String, Object>> agency(JsonNode node) {
        Map<String, Map<String, Object>> agency = new LinkedHashMap<>();
        if (node == null || !node.isArray()) {
            problem("/agency_engagements", "must be an array of counts by job type and rate band");
            return agency;
        }
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/agency_engagements/" + i;
            JsonNode row = node.get(i);
            if (!row.isObject()) {
                problem(pointer, "must be an object");
                continue;
            }
            unknown(row, pointer, AGENCY_FIELDS);
            JobType type = code(row, pointer + "/job_type", JobType.class);
            String band = text(row, pointer + "/rate_band", true);
            if (band != null && !BAND.matcher(band).matches()) {
                problem(pointer + "/rate_band", "must be a band of pounds an hour such as 35-40");
            }
            JsonNode count = row.get("count");
            Object value = null;
            if (count == null) {
                problem(pointer + "/count", "is required");
            } else if (count.isString() && Suppression.SUPPRESSED.equals(count.asString())) {
                value = Suppression.SUPPRESSED;
            } else if (!count.isIntegralNumber() || count.asLong() < 0) {
                problem(pointer + "/count", "must be a whole number or \"c\"");
            } else if (count.asLong() > 0 && count.asLong() < Suppression.THRESHOLD) {
                problem(pointer + "/count", "is a count under " + Suppression.THRESHOLD + " that is not suppressed (must be \"c\")");
            } else {
                value = count.asInt();
            }
            if (type != null && band != null && value != null) {
                if (agency.computeIfAbsent(type.code(), t -> new LinkedHashMap<>()).put(band, value) != null) {
                    problem(pointer, "repeats job type " + type.code() + " and rate band " + band);
                }
            }
        }
        return agency;
    }

    private List<WorkerEvent> events(JsonNode node, String laCode, LocalDate referenceDate) {
        List<WorkerEvent> events = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problem("/events", "must be an array of events");
            return events;
        }
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/events/" + i;
            JsonNode row = node.get(i);
            if (!row.isObject()) {
                problem(pointer, "must be an object");
                continue;
            }
            unknown(row, pointer, EVENT_FIELDS);
            String hash = matching(row, pointer + "/swe_hash", HASH, "64 lower-case hexadecimal digits, a keyed hash");
            WorkerEvent.Kind kind = code(row, pointer + "/kind", WorkerEvent.Kind.class);
            LocalDate date = date(row, pointer + "/date");
            if (date != null && referenceDate != null && date.isAfter(referenceDate)) {
                problem(pointer + "/date", "is after the return's reference_date " + referenceDate);
            }
            JobType type = null;
            BigDecimal pay = null;
            if (kind == WorkerEvent.Kind.AGENCY_START) {
                type = code(row, pointer + "/job_type", JobType.class);
                JsonNode hourly = row.get("hourly_pay");
                if (hourly == null || !hourly.isNumber() || hourly.decimalValue().signum() <= 0) {
                    problem(pointer + "/hourly_pay", "is required for an agency start: pounds an hour, above 0");
                } else {
                    pay = hourly.decimalValue();
                }
            } else if (kind != null && (row.has("job_type") || row.has("hourly_pay"))) {
                problem(pointer, "only an agency start has a job_type and an hourly_pay");
            }
            if (hash != null && kind != null && date != null && (kind != WorkerEvent.Kind.AGENCY_START || (type != null && pay != null))) {
                events.add(new WorkerEvent(laCode, hash, kind, date, type, pay));
            }
        }
        return events;
    }

    private void unknown(JsonNode object, String pointer, Set<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problem(pointer + "/" + name, "is not a field of the regional return format");
            }
        }
    }

    private String text(JsonNode object, String pointer, boolean required) {
        JsonNode value = object.get(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            problem(pointer, "must be a string");
            return null;
        }
        return value.asString();
    }

    private String matching(JsonNode object, String pointer, Pattern pattern, String what) {
        String text = text(object, pointer, true);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(pointer, "must be " + what);
            return null;
        }
        return text;
    }

    private LocalDate date(JsonNode object, String pointer) {
        String text = text(object, pointer, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(pointer, "must be a day as YYYY-MM-DD");
            return null;
        }
    }

    private <E extends Enum<E> & Coded> E code(JsonNode object, String pointer, Class<E> type) {
        String text = text(object, pointer, true);
        if (text == null) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, text);
        if (value.isEmpty()) {
            problem(pointer, "must be one of " + Coded.codesOf(type));
        }
        return value.orElse(null);
    }

    private void problem(String pointer, String message) {
        problems.add(new InvalidReturnException.Problem(pointer, message));
    }
}
