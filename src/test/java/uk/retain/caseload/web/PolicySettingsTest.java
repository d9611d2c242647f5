package uk.retain.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;

/** The caseload policy document's binding and constraints: every problem, by the setting's name and its code. */
class PolicySettingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final PolicySettings SETTINGS = new PolicySettings(VALIDATION.getValidator());

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static ObjectNode defaults() {
        return JSON.valueToTree(PolicySettings.json(CaseloadPolicy.DEFAULT));
    }

    /** The node that holds the setting {@code name} and the setting's last part. */
    private static Map.Entry<ObjectNode, String> at(ObjectNode document, String name) {
        String[] path = name.split("\\.");
        ObjectNode parent = document;
        for (int i = 0; i < path.length - 1; i++) {
            parent = (ObjectNode) parent.get(path[i]);
        }
        return Map.entry(parent, path[path.length - 1]);
    }

    private static List<String> problems(JsonNode document) {
        PolicySettings.Reading reading = SETTINGS.fromJson(document);
        assertThat(reading.policy()).isNull();
        return reading.problems().stream().map(p -> p.name() + " " + p.code() + (p.args().isEmpty() ? "" : " " + p.args())).toList();
    }

    private static MultiValueMap<String, String> form(CaseloadPolicy policy) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        PolicySettings.formOf(policy).forEach((name, value) -> {
            if (!value.isEmpty()) {
                form.add(name, value);
            }
        });
        policy.caseHoldingRoles().forEach(role -> form.add(PolicySettings.ROLES, role.code()));
        return form;
    }

    static Stream<String> numbers() {
        return PolicySettings.NUMBERS.stream();
    }

    static Stream<String> settings() {
        return PolicySettings.DEFAULTS.keySet().stream();
    }

    @Test
    void theSettingsAreNamedByTheirPathInTheDocument() {
        assertThat(PolicySettings.DEFAULTS.keySet()).containsExactly("case_holding_roles", "caps.asye", "caps.early_career",
                "caps.advanced_or_consultant", "caps.experienced", "unallocated_alert_working_days", "weighting.enabled",
                "weighting.category_points.assessment", "weighting.category_points.child_in_need",
                "weighting.category_points.child_protection", "weighting.category_points.child_in_care",
                "weighting.category_points.care_leaver", "weighting.category_points.other",
                "weighting.court_proceedings_points", "weighting.co_working_points", "weighting.points_per_fte");
    }

    @Test
    void theDefaultDocumentReadsBackAsTheDefaultPolicyFromTheApiAndFromTheForm() {
        assertThat(SETTINGS.fromJson(defaults()).policy()).isEqualTo(CaseloadPolicy.DEFAULT);
        assertThat(SETTINGS.fromForm(form(CaseloadPolicy.DEFAULT)).policy()).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void everySettingIsRequired(String name) {
        ObjectNode document = defaults();
        Map.Entry<ObjectNode, String> at = at(document, name);
        at.getKey().remove(at.getValue());

        assertThat(problems(document)).containsExactly(name + " required");
    }

    @Test
    void aMissingGroupIsOneProblem() {
        ObjectNode document = defaults();
        document.remove("caps");
        ((ObjectNode) document.get("weighting")).remove("category_points");

        assertThat(problems(document)).containsExactly("caps required", "weighting.category_points required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "caps.senior", "weighting.category_points.court", "weighting.bonus"})
    void aPropertyThatIsNotASettingIsRefusedByItsName(String name) {
        ObjectNode document = defaults();
        Map.Entry<ObjectNode, String> at = at(document, name);
        at.getKey().putObject(at.getValue()).put("nested", 1);

        assertThat(problems(document)).containsExactly(name + " unknown");
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void aNumberOutsideItsRangeIsAProblemGivingTheRange(String name) {
        boolean cap = name.startsWith("caps.");
        int min = name.equals("weighting.points_per_fte") ? 1 : 0;
        int max = cap ? 20 : name.equals("unallocated_alert_working_days") ? 60 : name.endsWith("points_per_fte") ? 1000 : 100;
        for (int value : new int[] {min - 1, max + 1}) {
            ObjectNode document = defaults();
            Map.Entry<ObjectNode, String> at = at(document, name);
            at.getKey().put(at.getValue(), value);

            assertThat(problems(document)).containsExactly(name + " " + (cap ? "cap" : "range") + " [" + min + ", " + max + "]");
        }
        for (int value : new int[] {min, max}) {
            ObjectNode document = defaults();
            Map.Entry<ObjectNode, String> at = at(document, name);
            at.getKey().put(at.getValue(), value);

            assertThat(SETTINGS.fromJson(document).valid()).as("%s %d", name, value).isTrue();
        }
    }

    @Test
    void aValueOfTheWrongJsonTypeIsAProblemOfItsType() {
        ObjectNode document = defaults();
        ((ObjectNode) document.get("caps")).put("asye", "13").put("experienced", 12.5).put("early_career", 10_000_000_000L)
                .put("advanced_or_consultant", true);
        document.put("unallocated_alert_working_days", "5");
        ObjectNode weighting = (ObjectNode) document.get("weighting");
        weighting.put("enabled", "yes");
        weighting.putArray("category_points");
        weighting.putObject("points_per_fte");

        // A group's problem comes first, as what is not a setting always has.
        assertThat(problems(document)).containsExactly("weighting.category_points object", "caps.asye wholeNumber", "caps.early_career wholeNumber",
                "caps.advanced_or_consultant wholeNumber", "caps.experienced wholeNumber", "unallocated_alert_working_days wholeNumber",
                "weighting.enabled boolean", "weighting.points_per_fte wholeNumber");
    }

    @Test
    void aGroupOrAListOfTheWrongJsonTypeIsAProblemOfItsType() {
        ObjectNode document = defaults();
        document.put("case_holding_roles", "social_worker");
        document.put("caps", 18);
        document.putArray("weighting").add(1);

        assertThat(problems(document)).containsExactly("caps object", "weighting object", "case_holding_roles list");
    }

    @Test
    void theRolesAreJobRolesAndAtLeastOne() {
        ObjectNode document = defaults();
        document.putArray("case_holding_roles").add("wizard").add("social_worker").add("witch");

        assertThat(problems(document)).containsExactly(
                "case_holding_roles unknownRole [wizard, " + Coded.codesOf(JobRole.class) + "]",
                "case_holding_roles unknownRole [witch, " + Coded.codesOf(JobRole.class) + "]");

        document.putArray("case_holding_roles");
        assertThat(problems(document)).containsExactly("case_holding_roles noRoles");
    }

    @Test
    void everyProblemIsReportedAtOnceInThePagesOrder() {
        ObjectNode document = defaults();
        document.put("zebra", 1);
        document.put("colour", "blue");
        document.putArray("case_holding_roles");
        ((ObjectNode) document.get("caps")).put("experienced", 25).put("extra", 1).remove("asye");
        ObjectNode weighting = (ObjectNode) document.get("weighting");
        weighting.put("points_per_fte", 0);
        ((ObjectNode) weighting.get("category_points")).put("child_protection", "eight").remove("other");

        assertThat(problems(document)).containsExactly("colour unknown", "zebra unknown", "caps.extra unknown",
                "case_holding_roles noRoles", "caps.asye required", "caps.experienced cap [0, 20]",
                "weighting.category_points.child_protection wholeNumber", "weighting.category_points.other required",
                "weighting.points_per_fte range [1, 1000]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "1", "\"policy\"", "null"})
    void aDocumentThatIsNotAnObjectIsOneProblem(String body) {
        assertThat(problems(JSON.readTree(body))).containsExactly(" document");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"case_holding_roles\": \"\"}", "{\"case_holding_roles\": [[]]}", "{\"case_holding_roles\": [{}, null]}",
        "{\"caps\": \"\"}", "{\"caps\": []}", "{\"caps\": null}", "{\"weighting\": {\"category_points\": \"\"}}",
        "{\"weighting\": {\"category_points\": {\"other\": []}}}", "{\"weighting\": {\"enabled\": {}}}",
        "{\"caps\": \"  \"}", "{\"case_holding_roles\": \" \"}", "{\"weighting\": {\"category_points\": \" \"}}",
        "{\"unallocated_alert_working_days\": 1e3}", "{\"unallocated_alert_working_days\": 99999999999999999999999}"})
    void anyShapeIsAnsweredWithProblemsNeverAnException(String body) {
        assertThat(SETTINGS.fromJson(JSON.readTree(body)).problems()).isNotEmpty();
    }

    @Test
    void anEmptyStringForAListOrAGroupIsOneNotGivenAndTheRestIsStillRead() {
        ObjectNode document = defaults();
        document.put("case_holding_roles", "");
        document.put("caps", "");
        ((ObjectNode) document.get("weighting")).put("category_points", "").put("points_per_fte", 0);

        assertThat(problems(document)).containsExactly("caps required", "weighting.category_points required",
                "case_holding_roles required", "weighting.points_per_fte range [1, 1000]");

        document = defaults();
        document.putArray("case_holding_roles").add("");
        assertThat(problems(document)).containsExactly("case_holding_roles unknownRole [, " + Coded.codesOf(JobRole.class) + "]");
    }

    @Test
    void theFormBindsIntoTheSameDocument() {
        MultiValueMap<String, String> form = form(CaseloadPolicy.DEFAULT);
        form.set("caps.asye", " 21 ");
        form.set("caps.experienced", "");
        form.set("unallocated_alert_working_days", "five");
        form.set("weighting.category_points.child_in_care", "6.5");
        form.remove(PolicySettings.ROLES);
        form.add("_csrf", "token");

        assertThat(SETTINGS.fromForm(form).problems()).extracting(p -> p.name() + " " + p.code()).containsExactly(
                "case_holding_roles noRoles", "caps.asye cap", "caps.experienced required",
                "unallocated_alert_working_days wholeNumber", "weighting.category_points.child_in_care wholeNumber");
    }

    @Test
    void theFormsWeightingBoxTicked() {
        MultiValueMap<String, String> form = form(CaseloadPolicy.DEFAULT);
        form.set(PolicySettings.WEIGHTING, "yes");
        form.set("weighting.category_points." + CaseCategory.CHILD_PROTECTION.code(), "10");

        CaseloadPolicy read = SETTINGS.fromForm(form).policy();
        assertThat(read.weighting().enabled()).isTrue();
        assertThat(read.weighting().categoryPoints()).containsEntry(CaseCategory.CHILD_PROTECTION, 10);
        assertThat(PolicySettings.formOf(read)).containsEntry(PolicySettings.WEIGHTING, "yes")
                .containsEntry("weighting.category_points.child_protection", "10");
    }
}
