package uk.retain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

class RegionalReturnFileTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final LocalDate DATE = LocalDate.of(2025, 9, 30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HASH = "ab".repeat(32);

    static Register register;
    static RegionalReturn made;

    @BeforeAll
    static void make() throws Exception {
        register = Bundles.read(SMALL);
        made = RegionalReturn.of(register, DATE, SweHashes.ofKey(SweHashesTest.KEY));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The made return's JSON, changed, as bytes. */
    private static byte[] changed(Consumer<Map<String, Object>> change) {
        Map<String, Object> json = made.json();
        json.put("measures", new LinkedHashMap<>(made.measures()));
        json.put("agency_engagements", new ArrayList<>((List<?>) json.get("agency_engagements")));
        json.put("events", new ArrayList<>((List<?>) json.get("events")));
        change.accept(json);
        return bytes(JSON.writeValueAsString(json));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> json, String name) {
        return (List<Object>) json.get(name);
    }

    private static Map<String, Object> event(String kind, String date) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("swe_hash", HASH);
        event.put("kind", kind);
        event.put("date", date);
        return event;
    }

    private static Map<String, Object> agencyRow(String type, String band, Object count) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("job_type", type);
        row.put("rate_band", band);
        row.put("count", count);
        return row;
    }

    private static List<String> pointers(byte[] bytes) {
        InvalidReturnException refused = catchThrowableOfType(InvalidReturnException.class,
                () -> RegionalReturnFile.read("return.json", bytes));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.fileName()).isEqualTo("return.json");
        return refused.problems().stream().map(InvalidReturnException.Problem::pointer).toList();
    }

    @Test
    void aReturnMadeFromTheSmallBundleReadsBackEqual() throws Exception {
        assertThat(made.events()).isNotEmpty();
        assertThat(made.laCode()).isEqualTo("999");
        assertThat(made.regionCode()).isEqualTo("E12000006");

        RegionalReturn read = RegionalReturnFile.read("return.json", bytes(made.text()));

        // The record itself is not equal: measures read back hold Long and BigDecimal where RegionalReturn.of holds
        // Integer and Double, so the text (what travels) and the parts are compared.
        assertThat(read.text()).isEqualTo(made.text());
        assertThat(read.events()).isEqualTo(made.events());
        assertThat(read.agency()).isEqualTo(made.agency());
        assertThat(read.measures().keySet()).containsExactlyElementsOf(made.measures().keySet());
        assertThat(read).usingRecursiveComparison().ignoringFields("measures").isEqualTo(made);
    }

    @Test
    void noSweNumberNameOrWorkerIdTravels() {
        String text = made.text();
        for (Worker worker : register.workers()) {
            assertThat(text).doesNotContain("\"" + worker.workerId() + "\"", worker.familyName(), worker.givenName());
            if (worker.sweNumber() != null) {
                assertThat(text).doesNotContain(worker.sweNumber().text());
            }
        }
        assertThat(text).doesNotContain("worker_id", "swe_number");
    }

    @Test
    void anUnknownTopLevelFieldIsRefused() {
        assertThat(pointers(changed(json -> json.put("names", List.of("Ann Smith"))))).containsExactly("/names");
    }

    @Test
    void anUnknownEventFieldIsRefused() {
        assertThat(pointers(changed(json -> {
            Map<String, Object> event = event("left_permanent_post", "2025-08-15");
            event.put("worker_id", "W4");
            list(json, "events").add(0, event);
        }))).containsExactly("/events/0/worker_id");
    }

    @Test
    void aCountUnder5NotSuppressedIsRefused() {
        assertThat(pointers(changed(json -> list(json, "agency_engagements").add(0, agencyRow("social_worker", "35-40", 3)))))
                .containsExactly("/agency_engagements/0/count");
    }

    @Test
    void aSuppressedCountAndACountOf5AreRead() throws Exception {
        RegionalReturn read = RegionalReturnFile.read("return.json", changed(json -> {
            list(json, "agency_engagements").add(agencyRow("social_worker", "35-40", "c"));
            list(json, "agency_engagements").add(agencyRow("team_manager", "50-55", 5));
        }));

        assertThat(read.agency()).containsEntry("social_worker", Map.of("35-40", "c")).containsEntry("team_manager", Map.of("50-55", 5));
    }

    @Test
    void aBadHashIsRefused() {
        assertThat(pointers(changed(json -> {
            Map<String, Object> event = event("left_permanent_post", "2025-08-15");
            event.put("swe_hash", "SW0004");
            list(json, "events").add(0, event);
        }))).containsExactly("/events/0/swe_hash");
    }

    @Test
    void anEventAfterTheReferenceDateIsRefused() {
        assertThat(pointers(changed(json -> list(json, "events").add(0, event("left_permanent_post", "2025-10-01")))))
                .containsExactly("/events/0/date");
    }

    @Test
    void notJsonIsRefusedWhole() {
        assertThat(pointers(bytes("{\"format\": \"retain-regional-return\", "))).containsExactly("");
        assertThat(pointers(bytes("la_code,name\n999,Exampleshire\n"))).containsExactly("");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String valid = new String(changed(json -> { }), StandardCharsets.UTF_8);
        byte[] twice = valid.replaceFirst("\\{", "{\"la_code\": \"998\", ").getBytes(StandardCharsets.UTF_8);
        InvalidReturnException refused = catchThrowableOfType(InvalidReturnException.class,
                () -> RegionalReturnFile.read("return.json", twice));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("given twice").contains("la_code"));
    }

    @Test
    void aWrongVersionIsRefused() {
        assertThat(pointers(changed(json -> json.put("version", 2)))).containsExactly("/version");
    }

    @Test
    void aRepeatedJobTypeAndBandIsRefused() {
        assertThat(pointers(changed(json -> {
            list(json, "agency_engagements").add(0, agencyRow("social_worker", "35-40", 5));
            list(json, "agency_engagements").add(1, agencyRow("social_worker", "35-40", 6));
        }))).containsExactly("/agency_engagements/1");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertThat(pointers(changed(json -> {
            json.put("version", 2);
            json.put("names", List.of("Ann Smith"));
            json.put("la_code", "99");
            list(json, "agency_engagements").add(0, agencyRow("social_worker", "35-40", 3));
            Map<String, Object> event = event("agency_start", "2025-08-15");
            event.put("worker_id", "W4");
            list(json, "events").add(0, event);
        }))).containsExactlyInAnyOrder("/names", "/version", "/la_code", "/agency_engagements/0/count", "/events/0/worker_id",
                "/events/0/job_type", "/events/0/hourly_pay");
    }

    @Test
    void aMeasureOfRowsAboutOnePersonIsRefused() {
        assertThat(pointers(changed(json -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> measures = (Map<String, Object>) json.get("measures");
            measures.put("caseload_by_worker", Map.of("W1", 12));
        }))).containsExactly("/measures/caseload_by_worker");
    }

    @Test
    void anObjectMeasureCarriesOnlyItsCodesAsKeys() throws Exception {
        // A name as a key of the experience bands would be a row about one person.
        assertThat(pointers(changed(json -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> measures = (Map<String, Object>) json.get("measures");
            measures.put("pqe_bands", Map.of("under_2", 7, "Ann Smith", 7));
            measures.put("leaving_reasons", Map.of("caseload", 5));
            measures.put("applications_by_source", Map.of("job_board", Map.of("applications", 9, "offers", 5, "starts", 5, "W1", 5)));
        }))).containsExactlyInAnyOrder("/measures/pqe_bands/Ann Smith", "/measures/applications_by_source/job_board/W1");
    }

    @Test
    void theExampleOfTheDocsIsRead() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("docs/regional-return.md"));
        String example = doc.substring(doc.indexOf("```json") + "```json".length(), doc.indexOf("```", doc.indexOf("```json") + 7));

        RegionalReturn read = RegionalReturnFile.read("example.json", bytes(example));

        assertThat(read.laCode()).isEqualTo("888");
        assertThat(read.events()).hasSize(2);
    }
}
