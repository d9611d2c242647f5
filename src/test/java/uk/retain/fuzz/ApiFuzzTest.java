package uk.retain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.retain.people.Role;
import uk.retain.support.Fuzz;
import uk.retain.support.Fuzz.Input;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;

/**
 * Every body and query parameter of the JSON API, at random, through the one shared application of the page tests:
 * the measures, series, continuity, authorities, caseload policy (read, and replaced with random JSON),
 * recommendations (random CSV and parameters) and bundle uploads (random bytes, damaged and changed zips). Whoever
 * asks, whatever they send, the answer is never a 5xx; and a write that is refused changes nothing: the register's
 * version and the caseload policy row are as they were.
 */
class ApiFuzzTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values for a parameter: dates in and out of bounds, badly formed, and other parameters' values. */
    private static final List<String> VALUES = List.of("", " ", "2025-09-30", "2025-03-31", "2024-02-29", "2023-02-29",
            "2025-13-01", "2025-9-30", "30/09/2025", "1900-01-01", "1899-12-31", "2200-12-31", "2201-01-01",
            "-999999999-01-01", "+999999999-12-31", "0000-01-01", "2025-09-30T00:00", "today", "team", "TEAM", "census",
            "month", "year", "MONTH", "W1", "W2", "W3", "W4", "TM1", "W99", "T1", "T2", "999", "null", "[]", "%00", "\u0000",
            "é", "😀", "../", "1e9", "-1", "9".repeat(30), "x".repeat(2000));

    private static final List<String> AUTHORITIES = List.of("999", "999", "999", "998", "000", "", "99", "9999", "abc",
            "..", "%2e%2e", "999;x", "999 ", " 999", "%39%39%39");

    private static final List<String> PARAMETERS = List.of("date", "from", "to", "every", "by", "release_worker", "page",
            "sort", "x");

    private static final String CASES_HEADER = "case_id,child_id,family_id,category,court_proceedings,opened_on,closed_on,team_id";

    private String policyRow;
    private long version;

    /** A policy of the workforce lead's own, so that an unchanged row is not merely an absent one. */
    @BeforeEach
    void aPolicyOfItsOwn() throws Exception {
        ObjectNode policy = currentPolicy();
        ((ObjectNode) policy.get("caps")).put("experienced", 17);
        policy.put("unallocated_alert_working_days", 7);
        MockHttpServletResponse saved = mvc.perform(put("/api/v1/authorities/999/caseload-policy")
                .contentType("application/json").content(JSON.writeValueAsString(policy))
                .with(SignedInAs.role(Role.WORKFORCE_LEAD))).andReturn().getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        remember();
    }

    private ObjectNode currentPolicy() throws Exception {
        String body = mvc.perform(get("/api/v1/authorities/999/caseload-policy").with(SignedInAs.role(Role.WORKFORCE_LEAD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return (ObjectNode) JSON.readTree(body);
    }

    /** The state a refused write must leave as it is. */
    private void remember() {
        policyRow = policyRow();
        version = registers.find("999").orElseThrow().version();
    }

    private String policyRow() {
        return jdbc.queryForList("select * from caseload_policy order by la_code").toString();
    }

    /** A refused write left the register and the policy as they were; an accepted one is the new state. */
    private void unchangedUnlessAccepted(MockHttpServletResponse response, int accepted) {
        if (response.getStatus() == accepted) {
            remember();
            return;
        }
        assertThat(policyRow()).as("the caseload policy after a refused write (%d)", response.getStatus()).isEqualTo(policyRow);
        assertThat(registers.find("999").orElseThrow().version()).as("the register's version after a refused write")
                .isEqualTo(version);
    }

    private static void notA5xx(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as("status, answering %s", response.getContentAsString(StandardCharsets.UTF_8))
                .isLessThan(500);
    }

    // ------------------------------------------------------------------------------------------ who asks

    private record Asker(String description, RequestPostProcessor signIn) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static Asker asker(Random random, Role usual) {
        if (Fuzz.percent(random, 60)) {
            return new Asker(usual.code(), signedIn(usual));
        }
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Asker("nobody", request -> request);
        }
        if (kind == 1) {
            String credentials = Fuzz.percent(random, 50) ? Fuzz.text(random, 20) + ":" + Fuzz.text(random, 20) : Fuzz.text(random, 30);
            String header = Fuzz.percent(random, 70)
                    ? "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                    : Fuzz.oneOf(random, List.of("Basic ", "Basic !!!", "Bearer x", "Basic " + Fuzz.text(random, 20)));
            return new Asker("Authorization: " + Fuzz.escape(header), request -> {
                request.addHeader("Authorization", header);
                return request;
            });
        }
        Role role = Fuzz.oneOf(random, List.of(Role.values()));
        Set<String> teams = Fuzz.percent(random, 50) ? Set.of("T1") : Fuzz.percent(random, 50) ? Set.of("T1", "T2") : Set.of("T9");
        String worker = Fuzz.oneOf(random, List.of("W1", "W2", "W99"));
        return new Asker(role.code() + " of " + teams + " as " + worker, SignedInAs.role(role, teams, worker));
    }

    private static RequestPostProcessor signedIn(Role role) {
        return role == Role.TEAM_MANAGER ? SignedInAs.role(role, Set.of("T1"), null)
                : role == Role.SOCIAL_WORKER ? SignedInAs.role(role, Set.of(), "W1") : SignedInAs.role(role);
    }

    // ------------------------------------------------------------------------------------------ reads

    private record Query(URI uri, Asker asker) {
        @Override
        public String toString() {
            return "GET " + uri + " as " + asker;
        }
    }

    @Test
    void everyReadAnswersWithoutA5xx() {
        Fuzz.check("a read of the API", 250, random -> {
            String la = Fuzz.oneOf(random, AUTHORITIES);
            String path = Fuzz.oneOf(random, List.of("/measures", "/measures/series", "/continuity", "/continuity/series",
                    "/caseload-policy", "", "/measures/", "/nothing"));
            String base = Fuzz.percent(random, 5) ? "/api/v1/authorities" : "/api/v1/authorities/" + la + path;
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
            // Each value goes in as a template variable, so a value with a brace in it is sent encoded, not read as a
            // variable of its own (which failed the test before any request was sent).
            Map<String, String> values = new java.util.HashMap<>();
            for (String parameter : parameters(random, path)) {
                String name = "v" + values.size();
                values.put(name, value(random, parameter));
                uri.queryParam(parameter, "{" + name + "}");
            }
            URI built = uri.encode().buildAndExpand(values).toUri();
            return new Input<>(new Query(built, asker(random, Role.HR)), "GET " + built);
        }, query -> {
            MockHttpServletResponse response = mvc.perform(get(query.uri()).with(query.asker().signIn())).andReturn().getResponse();
            notA5xx(response);
        });
    }

    /** The parameters of a read: mostly those its address takes, sometimes one missing, repeated or unknown. */
    private static List<String> parameters(Random random, String path) {
        List<String> parameters = new ArrayList<>(switch (path) {
            case "/measures", "/continuity" -> List.of("date", "by");
            case "/measures/series" -> List.of("from", "to", "every", "by");
            case "/continuity/series" -> List.of("from", "to", "by");
            default -> List.<String>of();
        });
        parameters.removeIf(parameter -> Fuzz.percent(random, 15));
        if (Fuzz.percent(random, 20)) {
            parameters.add(Fuzz.oneOf(random, PARAMETERS));
        }
        return parameters;
    }

    private static String value(Random random, String parameter) {
        int kind = random.nextInt(10);
        if (kind < 5) {
            return switch (parameter) {
                case "date" -> Fuzz.oneOf(random, List.of("2025-09-30", "2024-03-31", "2020-01-01"));
                case "from" -> Fuzz.oneOf(random, List.of("2020-01-01", "2025-01-01", "1900-01-01"));
                case "to" -> Fuzz.oneOf(random, List.of("2025-12-31", "2026-09-30", "2200-12-31", "2019-12-31"));
                case "every" -> Fuzz.oneOf(random, List.of("census", "month"));
                case "by" -> "team";
                default -> Fuzz.oneOf(random, VALUES);
            };
        }
        return kind < 9 ? Fuzz.oneOf(random, VALUES) : Fuzz.text(random, 40);
    }

    // ------------------------------------------------------------------------------------------ the policy

    private record PolicyWrite(String la, String contentType, byte[] body, Asker asker) {
    }

    @Test
    void aPolicyWrittenWithRandomJsonIsNeverA5xxAndARefusalChangesNothing() throws Exception {
        String valid = JSON.writeValueAsString(currentPolicy());
        Fuzz.check("a caseload policy written", 200, random -> {
            byte[] body;
            String shown;
            int kind = random.nextInt(10);
            if (kind < 7) {
                JsonNode document = JSON.readTree(valid);
                List<String> changes = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    document = mutate(random, document, changes);
                }
                shown = JSON.writeValueAsString(document);
                body = shown.getBytes(StandardCharsets.UTF_8);
                shown = changes + " giving " + shown;
            } else if (kind < 9) {
                String text = Fuzz.oneOf(random, List.of(valid.substring(0, random.nextInt(valid.length())),
                        valid.replace("{", "{\"caps\":{},"), "[".repeat(2000) + "]".repeat(2000), "{\"a\":".repeat(1500) + "1"
                        + "}".repeat(1500), "1e999999999", "\"" + "x".repeat(5000) + "\"", "null", "", "{}", "[]",
                        valid.replace("17", "1" + "0".repeat(400)), valid.replace("17", "17.5"), valid.replace("17", "-0"),
                        "{\"caps\": {\"experienced\": 1}, \"caps\": 2}"));
                body = text.getBytes(StandardCharsets.UTF_8);
                shown = text;
            } else {
                body = Fuzz.bytes(random, 2048);
                shown = Fuzz.describe(body);
            }
            String contentType = Fuzz.percent(random, 90) ? "application/json"
                    : Fuzz.oneOf(random, List.of("text/plain", "application/json;charset=ISO-8859-1", "application/*", "x"));
            String la = Fuzz.percent(random, 85) ? "999" : Fuzz.oneOf(random, AUTHORITIES);
            Asker asker = asker(random, Role.WORKFORCE_LEAD);
            return new Input<>(new PolicyWrite(la, contentType, body, asker), "PUT " + la + " as " + asker + " ("
                    + contentType + "): " + Fuzz.escape(shown));
        }, write -> {
            MockHttpServletResponse response = mvc.perform(put(URI.create("/api/v1/authorities/"
                            + UriComponentsBuilder.fromPath(write.la()).encode().build() + "/caseload-policy"))
                    .contentType(write.contentType()).content(write.body()).with(write.asker().signIn())).andReturn().getResponse();
            notA5xx(response);
            unchangedUnlessAccepted(response, 200);
        });
    }

    /** One random change somewhere in a JSON document (or the document itself replaced). */
    private static JsonNode mutate(Random random, JsonNode document, List<String> changes) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        if (containers.isEmpty() || Fuzz.percent(random, 3)) {
            changes.add("the document replaced");
            return randomJson(random, 2);
        }
        JsonNode container = Fuzz.oneOf(random, containers);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.propertyNames().forEach(names::add);
            int kind = random.nextInt(4);
            if (names.isEmpty() || kind == 0) {
                String name = Fuzz.percent(random, 50) ? Fuzz.text(random, 12) : Fuzz.oneOf(random, List.of("caps",
                        "experienced", "asye", "enabled", "case_holding_roles", "weighting", "category_points"));
                object.set(name, randomJson(random, 2));
                changes.add("added " + Fuzz.escape(name));
            } else if (kind == 1) {
                String name = Fuzz.oneOf(random, names);
                object.remove(name);
                changes.add("removed " + name);
            } else {
                String name = Fuzz.oneOf(random, names);
                object.set(name, randomJson(random, kind == 2 ? 0 : 2));
                changes.add("replaced " + name);
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || Fuzz.percent(random, 50)) {
                array.add(randomJson(random, 1));
                changes.add("added to an array");
            } else {
                int at = random.nextInt(array.size());
                array.set(at, randomJson(random, 1));
                changes.add("replaced item " + at);
            }
        }
        return document;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.values().iterator(); children.hasNext(); ) {
                collect(children.next(), containers);
            }
        }
    }

    private static JsonNode randomJson(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 14 : 11);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(200) - 50);
            case 3 -> NODES.numberNode(Fuzz.oneOf(random, List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 60, 61, 100, 101, 1000, 1001)));
            case 4 -> NODES.numberNode(Fuzz.oneOf(random, List.of(Long.MAX_VALUE, Long.MIN_VALUE, 4294967296L)));
            case 5 -> NODES.numberNode(Fuzz.oneOf(random, List.of(0.5, -0.0, 1e300, Double.MIN_VALUE, 17.0)));
            case 6 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 7 -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
            case 8 -> NODES.stringNode(Fuzz.oneOf(random, List.of("", "17", "social_worker", "team_manager", "true",
                    "asye_social_worker", "advanced_practitioner", "x".repeat(500))));
            case 9 -> NODES.stringNode(Fuzz.text(random, 30));
            case 10 -> NODES.stringNode(Fuzz.oneOf(random, VALUES));
            case 11 -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    array.add(randomJson(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(Fuzz.percent(random, 50) ? Fuzz.text(random, 8) : Fuzz.oneOf(random, List.of("experienced",
                            "asye", "enabled", "assessment", "points_per_fte")), randomJson(random, depth - 1));
                }
                yield object;
            }
        };
    }

    // ------------------------------------------------------------------------------------------ recommendations

    private record Recommendation(String la, String fileField, byte[] csv, Map<String, String> parameters, Asker asker) {
    }

    @Test
    void recommendationsForRandomCasesAreNeverA5xxAndChangeNothing() {
        Fuzz.check("recommendations asked for", 80, random -> {
            byte[] csv;
            String shown;
            if (Fuzz.percent(random, 85)) {
                StringBuilder text = new StringBuilder(Fuzz.percent(random, 90) ? CASES_HEADER
                        : Fuzz.oneOf(random, List.of("case_id,child_id,category,opened_on", "team_id", "", "case_id,case_id,child_id,category,opened_on",
                                CASES_HEADER.toUpperCase(), CASES_HEADER.replace(",", ";"))));
                int rows = random.nextInt(Fuzz.percent(random, 90) ? 4 : 60);
                for (int row = 0; row < rows; row++) {
                    text.append('\n').append(caseRow(random, row));
                }
                if (Fuzz.percent(random, 50)) {
                    text.append('\n');
                }
                shown = text.toString();
                csv = shown.getBytes(Fuzz.percent(random, 95) ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
            } else {
                csv = Fuzz.bytes(random, 1024);
                shown = Fuzz.describe(csv);
            }
            Map<String, String> parameters = new java.util.LinkedHashMap<>();
            if (Fuzz.percent(random, 90)) {
                parameters.put("date", Fuzz.percent(random, 70) ? "2025-09-30" : value(random, "x"));
            }
            if (Fuzz.percent(random, 20)) {
                parameters.put("release_worker", Fuzz.oneOf(random, List.of("W1", "W2", "W3", "W4", "TM1", "W99", "", " ")));
            }
            if (Fuzz.percent(random, 5)) {
                parameters.put(Fuzz.oneOf(random, PARAMETERS), value(random, "x"));
            }
            String la = Fuzz.percent(random, 90) ? "999" : Fuzz.oneOf(random, AUTHORITIES);
            String field = Fuzz.percent(random, 95) ? "cases" : Fuzz.oneOf(random, List.of("case", "bundle", "file")); // MockMultipartFile refuses an empty name
            Asker asker = asker(random, Fuzz.oneOf(random, List.of(Role.HR, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD)));
            return new Input<>(new Recommendation(la, field, csv, parameters, asker), "POST " + la + " recommendations as "
                    + asker + " with " + parameters + ", " + field + " = " + Fuzz.escape(shown));
        }, ask -> {
            MockMultipartHttpServletRequestBuilder request = multipart(HttpMethod.POST, URI.create("/api/v1/authorities/"
                    + UriComponentsBuilder.fromPath(ask.la()).encode().build() + "/recommendations"))
                    .file(new MockMultipartFile(ask.fileField(), "cases.csv", "text/csv", ask.csv()));
            ask.parameters().forEach(request::param);
            MockHttpServletResponse response = mvc.perform(request.with(ask.asker().signIn())).andReturn().getResponse();
            notA5xx(response);
            unchangedUnlessAccepted(response, -1);
        });
    }

    /** A row of a cases file: mostly a new case of the small bundle's teams, with a cell or two made awkward. */
    private static String caseRow(Random random, int row) {
        List<String> cells = new ArrayList<>(List.of("N" + row, "CN" + row, Fuzz.percent(random, 50) ? "" : "F9",
                Fuzz.oneOf(random, List.of("assessment", "child_in_need", "child_protection", "child_in_care", "care_leaver", "other")),
                Fuzz.oneOf(random, List.of("", "true", "false")), Fuzz.oneOf(random, List.of("2025-09-01", "2025-06-30", "2024-01-01")),
                "", Fuzz.oneOf(random, List.of("T1", "T2", ""))));
        int awkward = Fuzz.percent(random, 40) ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < awkward; i++) {
            cells.set(random.nextInt(cells.size()), Fuzz.percent(random, 60) ? Fuzz.oneOf(random, VALUES)
                    : Fuzz.oneOf(random, List.of("K1", "K4", "K5", "C001", "N0", "\"", "a,b", "2025-10-01")));
        }
        if (Fuzz.percent(random, 5)) {
            cells.remove(random.nextInt(cells.size()));
        }
        return String.join(",", cells);
    }

    // ------------------------------------------------------------------------------------------ bundle uploads

    private record Upload(String field, String fileName, byte[] bytes, Asker asker) {
    }

    @Test
    void aBundleUploadOfRandomBytesIsNeverA5xxAndARefusalChangesNothing() throws Exception {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        BundleWriter.writeZip(Bundles.read(SMALL), small);
        byte[] valid = small.toByteArray();
        Fuzz.check("a bundle uploaded", 120, random -> {
            byte[] bytes;
            String shown;
            int kind = random.nextInt(10);
            if (kind < 4) {
                bytes = Fuzz.bytes(random, 8192);
                shown = Fuzz.describe(bytes);
            } else if (kind < 8) {
                bytes = valid.clone();
                List<String> damage = new ArrayList<>();
                int changes = 1 + random.nextInt(3);
                for (int i = 0; i < changes; i++) {
                    int at = random.nextInt(bytes.length);
                    if (Fuzz.percent(random, 30)) {
                        bytes = java.util.Arrays.copyOf(bytes, at);
                        damage.add("cut to " + at);
                    } else {
                        bytes[at] = (byte) random.nextInt(256);
                        damage.add("byte " + at + " set");
                    }
                    if (bytes.length == 0) {
                        break;
                    }
                }
                shown = "the small bundle zipped, " + damage;
            } else if (kind < 9) {
                bytes = valid;
                shown = "the small bundle zipped";
            } else {
                bytes = TestBundleZips.otherAuthority();
                shown = "a valid bundle of authority 998";
            }
            String field = Fuzz.percent(random, 95) ? "bundle" : Fuzz.oneOf(random, List.of("bundles", "file", "cases")); // MockMultipartFile refuses an empty name
            String fileName = Fuzz.percent(random, 80) ? "bundle.zip" : Fuzz.text(random, 40);
            Asker asker = asker(random, Role.ADMINISTRATOR);
            return new Input<>(new Upload(field, fileName, bytes, asker), "POST bundle as " + asker + ", " + field + " named "
                    + Fuzz.escape(fileName) + " = " + shown);
        }, upload -> {
            MockHttpServletResponse response = mvc.perform(multipart("/api/v1/bundles")
                    .file(new MockMultipartFile(upload.field(), upload.fileName(), "application/zip", upload.bytes()))
                    .with(upload.asker().signIn())).andReturn().getResponse();
            notA5xx(response);
            unchangedUnlessAccepted(response, 201);
        });
    }

    /** Bundles the uploads send besides the small one. */
    private static final class TestBundleZips {

        static byte[] otherAuthority() {
            return uk.retain.workforce.TestBundle.minimal().replace("authority.csv", "999,", "998,").zip();
        }
    }
}
