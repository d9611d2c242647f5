package uk.retain.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
}
