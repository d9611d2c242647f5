package uk.retain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.allocation.Reason.count;
import static uk.retain.allocation.Reason.percent;
import static uk.retain.allocation.Reason.team;
import static uk.retain.allocation.Reason.worker;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import uk.retain.allocation.Reason.Code;
import uk.retain.caseload.ProtectedWork;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/** Reasons in words outside Spring, as the JSON answers give them: names for ids, and every code has its words. */
class WordingTest {

    private final Register register = new TestCouncil().team("T1", "North").worker("S1", JobRole.SOCIAL_WORKER, "T1")
            .worker("AP1", JobRole.ADVANCED_PRACTITIONER, "T1").register();
    private final Wording wording = Wording.plain(register);

    @Test
    void workersAndTeamsAreNamedAndMessagesFormattedAsSpringFormatsThem() {
        // TestCouncil names a worker "<id> Tester" and a team "Team <id>".
        assertThat(wording.text(Reason.of(Code.SIBLINGS_HELD_BY, worker("S1"), count(1)))).isEqualTo("S1 Tester holds a sibling's case");
        assertThat(wording.text(Reason.of(Code.SIBLINGS_HELD_BY, worker("S1"), count(2)))).isEqualTo("S1 Tester holds 2 siblings' cases");
        assertThat(wording.text(Reason.of(Code.LOWEST_LOAD_IN_TEAM, team("T1"), percent(22.2))))
                .isEqualTo("Lowest load in Team T1 once all these recommendations are accepted (22%)");
        assertThat(wording.text(Reason.of(Code.CO_WORKED_BY, worker("AP1"), new Reason.Role(JobRole.ADVANCED_PRACTITIONER),
                new Reason.Work(ProtectedWork.CHILD_PROTECTION))))
                .isEqualTo("Co-worked by AP1 Tester, advanced practitioner, because the case is child protection");
        assertThat(wording.text(Reason.of(Code.NOBODY_AVAILABLE_IN_TEAM, team("T1"), new Reason.Day(TestCouncil.DATE))))
                .isEqualTo("No case-holding worker in Team T1 is available on 30 September 2025: escalate");
        assertThat(wording.text(Reason.of(Code.SEARCH_BROKE_RULE, new Reason.RuleBroken(HardRule.WITHIN_TEAM))))
                .isEqualTo("The search placed it against the rule \"Worker in the case's team\": allocate by hand");
        assertThat(wording.text(Reason.of(Code.SIBLINGS_TOGETHER))).isEqualTo("Keeps siblings together");
    }

    @Test
    void everyCodeAndRuleHasItsWords() {
        ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.ROOT);
        for (Code code : Code.values()) {
            assertThat(messages.containsKey(code.key())).as(code.key()).isTrue();
        }
        for (HardRule rule : HardRule.values()) {
            assertThat(messages.containsKey(rule.key())).as(rule.key()).isTrue();
        }
        for (ProtectedWork work : ProtectedWork.values()) {
            assertThat(messages.containsKey("caseloads.work." + work.code())).as(work.code()).isTrue();
        }
    }
}
