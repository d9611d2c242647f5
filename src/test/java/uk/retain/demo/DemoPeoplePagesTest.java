package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Register;

/**
 * The demo's people agree on every page (issue 20, item 10): the banner's name is the name the register's pages give
 * the person the user stands for, and the users page lists every demo account, the regional analyst included.
 */
class DemoPeoplePagesTest extends PageTest {

    private static final String END = CouncilSize.DEMO.historyEnd().toString();

    static Register demo;
    static Map<String, Account> demoAccounts;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
        demoAccounts = DemoLoader.demoAccounts(demo).stream().collect(Collectors.toMap(Account::username, Function.identity()));
    }

    @BeforeEach
    void theDemoCouncilAndItsUsers() {
        registers.replace(demo);
        for (Account account : demoAccounts.values()) {
            jdbc.update("delete from app_user_team where username = ?", account.username());
            jdbc.update("delete from app_user where username = ?", account.username());
            accounts.create(account, DemoLoader.DEMO_PASSWORD);
        }
    }

    private static String banner(String name, String role) {
        return "Signed in as " + name + " (" + role + ").";
    }

    @Test
    void theSocialWorkersBannerAndCaseloadNameTheSamePerson() throws Exception {
        Account worker = demoAccounts.get("social.worker");
        String name = worker.displayName();

        String caseload = Html.text(page("/my-caseload?date=" + END, SignedInAs.account(worker)));
        assertThat(caseload).contains(banner(name, "social worker")).contains(name + ", these are the open cases you hold");

        String record = Html.text(page("/workers/" + worker.workerId() + "?date=" + END, SignedInAs.account(worker)));
        assertThat(record).contains(banner(name, "social worker")).contains(name);
    }

    @Test
    void theTeamManagerIsTheManagerTheirTeamPagesList() throws Exception {
        Account manager = demoAccounts.get("team.manager");
        String name = manager.displayName();
        var as = SignedInAs.account(manager);

        for (String team : manager.teamIds()) {
            String html = page("/teams/" + team + "?date=" + END, as);
            assertThat(Html.text(html)).contains(banner(name, "team manager"));
            assertThat(html).contains("href=\"/workers/" + manager.workerId());
            assertThat(Html.text(html)).contains(name);
        }
        assertThat(Html.text(page("/workers/" + manager.workerId() + "?date=" + END, as))).contains(name);
        String team = manager.teamIds().iterator().next();
        assertThat(Html.text(page("/teams/" + team + "/recommendations", as))).contains(banner(name, "team manager"));
    }

    @Test
    void theUsersPageListsEveryDemoAccountByTheNameItsPagesUse() throws Exception {
        String html = page("/users", SignedInAs.account(demoAccounts.get("administrator")));

        List<List<String>> rows = Html.table(html, "Users of this authority");
        for (Account account : demoAccounts.values()) {
            assertThat(rows).as(account.username()).anySatisfy(row -> assertThat(row).startsWith(account.username(), account.displayName()));
        }
    }
}
