package uk.retain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** The regional return: written from a register and read back the same; every refusal named by its pointer. */
class RegionalReturnFileTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static Register small;
    static RegionalReturn made;

    @BeforeAll
    static void made() throws Exception {
        small = Bundles.read(Path.of("src/test/resources/bundles/small"));
        made = RegionalReturn.of(small, DAY, SweHashes.ofKey(SweHashesTest.key(3)));
    }

    @Test
    void aReturnReadsBackAsItWasWritten() throws Exception {
        String text = made.text();
        RegionalReturn read = RegionalReturnFile.read("999.json", text.getBytes(StandardCharsets.UTF_8));
        assertThat(read.text()).isEqualTo(text);
        assertThat(read.laCode()).isEqualTo("999");
        assertThat(read.events()).isNotEmpty().hasSameSizeAs(made.events());
    }

    @Test
    void noNameIdOrSweNumberOfTheRegisterTravels() {
        String text = made.text();
        for (Worker worker : small.workers()) {
            assertThat(text).as(worker.workerId()).doesNotContain("\"" + worker.workerId() + "\"")
                    .doesNotContain(worker.familyName()).doesNotContain(worker.givenName());
            if (worker.sweNumber() != null) {
                assertThat(text).doesNotContain(worker.sweNumber().text()).doesNotContain("\"" + worker.sweNumber().key() + "\"");
            }
        }
    }

    @Test
    void unknownFieldsAreRefusedWhereTheyAre() {
        assertRefused(json -> json.put("workers", List.of()), "/workers", "is not a field of the regional return format");
        assertRefused(json -> firstEvent(json).put("worker_id", "W1"), "/events/0/worker_id", "is not a field of the regional return format");
    }

    @Test
    void aSmallCountNotSuppressedAHashAndADateAreRefused() {
        assertRefused(json -> json.put("agency_engagements", List.of(Map.of("job_type", "social_worker", "rate_band", "35-40", "count", 3))),
                "/agency_engagements/0/count", "is a count under 5 that is not suppressed");
        assertRefused(json -> firstEvent(json).put("swe_hash", "SW123456"), "/events/0/swe_hash", "");
        assertRefused(json -> firstEvent(json).put("date", "2025-10-01"), "/events/0/date", "is after the return's reference_date");
        assertRefused(json -> json.put("version", 2), "/version", "must be 1");
        assertRefused(json -> json.put("agency_engagements", List.of(
                Map.of("job_type", "social_worker", "rate_band", "35-40", "count", 5),
                Map.of("job_type", "social_worker", "rate_band", "35-40", "count", 6))), "/agency_engagements/1", "repeats job type");
    }

    @Test
    void notJsonIsRefusedWithWhereItBroke() {
        InvalidReturnException e = catchThrowableOfType(InvalidReturnException.class,
                () -> RegionalReturnFile.read("bad.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not JSON"));
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        Map<String, Object> json = copy();
        json.put("format", "something-else");
        json.put("la_code", "12");
        json.put("reference_date", "30/09/2025");
        InvalidReturnException e = catchThrowableOfType(InvalidReturnException.class,
                () -> RegionalReturnFile.read("many.json", JSON.writeValueAsBytes(json)));
        assertThat(e.problems()).extracting(InvalidReturnException.Problem::pointer).contains("/format", "/la_code", "/reference_date");
        assertThatThrownBy(() -> RegionalReturnFile.read("many.json", JSON.writeValueAsBytes(json))).hasMessageContaining("many.json");
    }

    private static Map<String, Object> copy() {
        return JSON.readValue(made.text(), LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstEvent(Map<String, Object> json) {
        List<Object> events = new ArrayList<>((List<Object>) json.get("events"));
        Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) events.get(0));
        events.set(0, first);
        json.put("events", events);
        return first;
    }

    private static void assertRefused(Consumer<Map<String, Object>> change, String pointer, String message) {
        Map<String, Object> json = copy();
        change.accept(json);
        InvalidReturnException e = catchThrowableOfType(InvalidReturnException.class,
                () -> RegionalReturnFile.read("changed.json", JSON.writeValueAsBytes(json)));
        assertThat(e).as(pointer).isNotNull();
        assertThat(e.problems()).as(pointer).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo(pointer);
            assertThat(p.message()).contains(message);
        });
    }
}
