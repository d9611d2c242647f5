package uk.retain.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.retain.supervision.SupervisionRule;
import uk.retain.workforce.SupervisionKind;

/** The supervision policy form's rules: what is read, and every problem on its field. */
class PolicySettingsTest {

    private static MultiValueMap<String, String> form(SupervisionRule rule) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        PolicySettings.formOf(rule).forEach(form::add);
        rule.countingKinds().forEach(kind -> form.add(PolicySettings.KINDS, kind.code()));
        return form;
    }

    private static List<String> problems(MultiValueMap<String, String> form) {
        PolicySettings.Reading reading = PolicySettings.fromForm(form);
        assertThat(reading.rule()).isNull();
        return reading.problems().stream().map(p -> p.name() + " " + p.code()).toList();
    }

    @Test
    void theContractsDefaultsReadBackAsThemselves() {
        Map<String, String> shown = PolicySettings.formOf(SupervisionRule.CONTRACT);
        assertThat(shown).containsEntry("asye_phases.0.until", "6 weeks").containsEntry("asye_phases.0.interval", "1 week")
                .containsEntry("asye_phases.1.until", "6 months").containsEntry("asye_phases.1.interval", "2 weeks")
                .containsEntry("asye_phases.2.until", "").containsEntry("interval", "1 month");

        PolicySettings.Reading reading = PolicySettings.fromForm(form(SupervisionRule.CONTRACT));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rule()).isEqualTo(SupervisionRule.CONTRACT);
    }

    @Test
    void periodsAreReadInWordsOrIso() {
        MultiValueMap<String, String> form = form(SupervisionRule.CONTRACT);
        form.set("interval", "4 Weeks");
        form.set("asye_after_phases", "P3W");
        form.set("asye_phases.2.until", "9 months");
        form.set("asye_phases.2.interval", "10 days");

        SupervisionRule rule = PolicySettings.fromForm(form).rule();

        assertThat(rule.interval()).isEqualTo(Period.ofDays(28));
        assertThat(rule.asyeAfterPhases()).isEqualTo(Period.ofDays(21));
        assertThat(rule.asyePhases()).hasSize(3);
        assertThat(rule.asyePhases().get(2)).isEqualTo(new SupervisionRule.AsyePhase(Period.ofMonths(9), Period.ofDays(10)));
    }

    @Test
    void anEmptyPhaseRowIsNoPhase() {
        MultiValueMap<String, String> form = form(SupervisionRule.CONTRACT);
        form.set("asye_phases.1.until", "");
        form.set("asye_phases.1.interval", "");

        assertThat(PolicySettings.fromForm(form).rule().asyePhases()).hasSize(1);
    }

    @Test
    void minutesAreAWholeNumberFrom0To480() {
        MultiValueMap<String, String> form = form(SupervisionRule.CONTRACT);
        form.set("minimum_minutes", "481");
        assertThat(problems(form)).containsExactly("minimum_minutes minutes");
        form.set("minimum_minutes", "-1");
        assertThat(problems(form)).containsExactly("minimum_minutes minutes");
        form.set("minimum_minutes", "ninety");
        assertThat(problems(form)).containsExactly("minimum_minutes wholeNumber");
        form.set("minimum_minutes", "");
        assertThat(problems(form)).containsExactly("minimum_minutes required");
        form.set("minimum_minutes", "0");
        assertThat(PolicySettings.fromForm(form).rule().minimumMinutes()).isZero();
        form.set("minimum_minutes", "480");
        assertThat(PolicySettings.fromForm(form).rule().minimumMinutes()).isEqualTo(480);
    }

    @Test
    void atLeastOneKindCountsAndOnlyKnownOnes() {
        MultiValueMap<String, String> form = form(SupervisionRule.CONTRACT);
        form.remove(PolicySettings.KINDS);
        assertThat(problems(form)).containsExactly("counting_kinds noKinds");
        form.add(PolicySettings.KINDS, "coffee");
        assertThat(problems(form)).containsExactly("counting_kinds unknownKind");
        form.set(PolicySettings.KINDS, "reflective");
        form.add(PolicySettings.KINDS, "group");
        assertThat(PolicySettings.fromForm(form).rule().countingKinds())
                .isEqualTo(EnumSet.of(SupervisionKind.REFLECTIVE, SupervisionKind.GROUP));
    }

    @Test
    void intervalsAreMoreThanZeroAtMostAYearInOneUnitAndEveryProblemIsFoundInThePagesOrder() {
        MultiValueMap<String, String> form = form(SupervisionRule.CONTRACT);
        form.set("interval", "0 days");
        form.set("asye_after_phases", "13 months");
        form.set("asye_phases.0.interval", "fortnightly");
        form.set("asye_phases.1.until", "1 month");
        form.set("asye_phases.2.until", "P1M2D");
        form.set("minimum_minutes", "500");

        assertThat(problems(form)).containsExactly("minimum_minutes minutes", "asye_phases.0.interval period",
                "asye_phases.1.until phaseOrder", "asye_phases.2.until oneUnit", "asye_phases.2.interval required",
                "asye_after_phases tooLong", "interval positive");
    }

    // ------------------------------------------------------------------------------------------------ the JSON document

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The contract's document with one setting replaced by a JSON value (by its path; {@code -} removes it). */
    private static ObjectNode document(String path, String value) {
        ObjectNode document = JSON.valueToTree(PolicySettings.json(SupervisionRule.CONTRACT));
        String[] parts = path.split("\\.");
        JsonNode parent = document;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parts[i].matches("[0-9]+") ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ArrayNode list) {
            list.set(Integer.parseInt(last), JSON.readTree(value));
        } else if (value.equals("-")) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, JSON.readTree(value));
        }
        return document;
    }

    private static List<String> jsonProblems(ObjectNode document) {
        PolicySettings.Reading reading = PolicySettings.fromJson(document);
        assertThat(reading.rule()).isNull();
        return reading.problems().stream().map(p -> p.name() + " " + p.code() + (p.args().isEmpty() ? "" : " " + p.args())).toList();
    }

    @Test
    void theContractsDocumentReadsBackAsItselfWithWhatTheApiAddsIgnored() {
        ObjectNode document = document("source", "\"contract\"");
        document.put("changed_by", "workforce_lead").put("changed_at", "2025-10-01T09:00:00Z");

        PolicySettings.Reading reading = PolicySettings.fromJson(document);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rule()).isEqualTo(SupervisionRule.CONTRACT);
    }

    @Test
    void aPropertyThatIsNotASettingIsRefusedByItsName() {
        ObjectNode document = document("colour", "\"blue\"");
        ((ObjectNode) document.get("asye_phases").get(1)).put("every", "P1W");
        document.putObject("extra").put("deep", 1);

        assertThat(jsonProblems(document)).containsExactly("colour unknown", "extra unknown", "asye_phases.1.every unknown");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            counting_kinds          | []                   | counting_kinds noKinds
            counting_kinds          | -                    | counting_kinds noKinds
            counting_kinds          | "one_to_one"         | counting_kinds list
            counting_kinds          | ["coffee"]           | counting_kinds unknownKind [coffee, one_to_one, group, reflective]
            minimum_minutes         | 481                  | minimum_minutes minutes [0, 480]
            minimum_minutes         | -1                   | minimum_minutes minutes [0, 480]
            minimum_minutes         | "90"                 | minimum_minutes wholeNumber
            minimum_minutes         | 90.5                 | minimum_minutes wholeNumber
            minimum_minutes         | -                    | minimum_minutes required
            asye_phases             | "P6M"                | asye_phases phaseList
            asye_phases             | -                    | asye_phases required
            asye_phases.1           | 5                    | asye_phases.1 phaseObject
            asye_phases.1           | null                 | asye_phases.1 phaseObject
            asye_phases.1.until     | "P1M"                | asye_phases.1.until phaseOrder
            asye_phases.1.until     | "P42D"               | asye_phases.1.until phaseOrder
            asye_phases.0.interval  | -                    | asye_phases.0.interval required
            asye_phases.0.interval  | "2 weeks"            | asye_phases.0.interval isoPeriod
            asye_phases.0.interval  | 14                   | asye_phases.0.interval isoPeriod
            asye_after_phases       | "P1Y"                | asye_after_phases oneUnit
            asye_after_phases       | "P1M2D"              | asye_after_phases oneUnit
            interval                | "P0D"                | interval positive
            interval                | "P-7D"               | interval positive
            interval                | "P13M"               | interval tooLong
            interval                | "P367D"              | interval tooLong
            interval                | "monthly"            | interval isoPeriod
            """)
    void eachConstraintGivesItsProblem(String setting, String value, String problem) {
        assertThat(jsonProblems(document(setting, value))).containsExactly(problem);
    }

    @Test
    void everyProblemIsFoundAtOnceInThePagesOrder() {
        ObjectNode document = document("interval", "\"P2Y\"");
        document.put("minimum_minutes", "ninety").putArray("counting_kinds").add("coffee").add("tea");
        document.putArray("asye_phases").add(JSON.readTree("{\"until\": \"P3M\", \"interval\": \"P0D\"}"))
                .add(JSON.readTree("{\"until\": \"P2M\"}")).add(7);
        document.remove("asye_after_phases");
        document.put("zebra", true);

        assertThat(jsonProblems(document)).containsExactly("zebra unknown",
                "counting_kinds unknownKind [coffee, one_to_one, group, reflective]",
                "counting_kinds unknownKind [tea, one_to_one, group, reflective]", "minimum_minutes wholeNumber",
                "asye_phases.0.interval positive", "asye_phases.1.until phaseOrder", "asye_phases.1.interval required",
                "asye_phases.2 phaseObject", "asye_after_phases required", "interval oneUnit");
    }

    @Test
    void aFormsPhaseProblemsAreOnTheRowTheyWereEnteredIn() {
        MultiValueMap<String, String> form = form(SupervisionRule.CONTRACT);
        form.set("asye_phases.0.until", "");
        form.set("asye_phases.0.interval", "");
        form.set("asye_phases.2.until", "2 weeks");
        form.set("asye_phases.2.interval", "0 days");

        assertThat(problems(form)).containsExactly("asye_phases.2.until phaseOrder", "asye_phases.2.interval positive");
    }
}
