package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * Signing in through the council's identity provider, for real: a mock OpenID Connect provider on a random
 * local port ({@code mock-oauth2-server}, with its sign-in form) issues the ID tokens, and Retain's client
 * registration discovers it from its issuer URL as it would Entra ID or Keycloak. The person types a user name
 * and the claims the provider would send (their groups); Retain maps the groups to a role and teams.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:council-sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "retain.demo.load=never",
    "spring.security.oauth2.client.registration.council.provider=council",
    "spring.security.oauth2.client.registration.council.client-id=retain",
    "spring.security.oauth2.client.registration.council.client-secret=not-a-secret",
    "spring.security.oauth2.client.registration.council.scope=openid,profile,email",
    "retain.oidc.la-code=999",
    "retain.oidc.groups-claim=groups",
    "retain.oidc.roles.cs-team-managers=team_manager",
    "retain.oidc.roles.cs-hr=hr",
    "retain.oidc.teams.cs-team-north=T1",
    "retain.oidc.teams.cs-team-south=T2"})
class CouncilSignInBrowserTest extends BrowserTest {

    private static final String ISSUER = "council";
    private static MockOAuth2Server provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(), Set.of(),
                new NettyWrapper()));
        provider.start(InetAddress.getLoopbackAddress(), 0);
        properties.add("spring.security.oauth2.client.provider.council.issuer-uri",
                () -> provider.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    private long auditMark;

    @BeforeEach
    void smallBundle() throws Exception {
        registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
        auditMark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    /** From Retain's sign-in page through the provider's sign-in form, as {@code username} with {@code claimsJson}. */
    private void signInAtTheCouncil(String username, String claimsJson) {
        page.navigate(url("/sign-in"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your council account")).click();
        assertThat(page).hasURL(startingWith(provider.authorizationEndpointUrl(ISSUER).toString()));
        page.locator("input[name=username]").fill(username);
        page.locator("textarea[name=claims]").fill(claimsJson);
        page.locator("input[type=submit]").click();
    }

    /** A URL pattern for Playwright, which hands it to JavaScript (so no {@code \\Q...\\E} quoting). */
    private static Pattern startingWith(String prefix) {
        return Pattern.compile("^" + prefix.replaceAll("[.?*+^$|()\\[\\]{}\\\\/]", "\\\\$0") + ".*");
    }

    /** The sign-ins, refusals and sign-outs the audit trail holds for {@code username} since the test began. */
    private List<Map<String, Object>> audited(String username) {
        return jdbc.queryForList("select action, la_code, detail from audit_event where id > ? and username = ?"
                + " and action in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT') order by id", auditMark, username);
    }

    @Test
    void aTeamManagerSignsInWithTheirTeamsAndOut() {
        signInAtTheCouncil("tara.manager", """
                {"preferred_username": "tara.manager", "name": "Tara Manager",
                 "groups": ["all-staff", "cs-team-managers", "cs-team-north"]}""");

        assertThat(page).hasURL(url("/teams"));
        assertThat(page.getByText("Signed in as Tara Manager")).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("North CP");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("South CIN");
        page.navigate(url("/teams/T1"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("North CP");
        assertThat(page.request().get(url("/teams/T2")).status()).isEqualTo(404);
        assertAccessible("the teams page after the council's sign-in");
        screenshot("council-sign-in-team-manager");

        page.navigate(url("/teams"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("/sign-in?signed-out"));
        page.navigate(url("/teams"));
        assertThat(page).hasURL(url("/sign-in"));

        assertThat(audited("tara.manager")).extracting(event -> event.get("action"))
                .containsExactly("SIGN_IN", "SIGN_OUT");
        assertThat(audited("tara.manager")).allSatisfy(event -> assertThat(event.get("la_code")).isEqualTo("999"));
    }

    @Test
    void aUserWithNoMappedGroupIsRefusedOnAGovUkPage() {
        signInAtTheCouncil("casual.visitor", """
                {"preferred_username": "casual.visitor", "name": "Casual Visitor", "groups": ["all-staff"]}""");

        assertThat(page).hasURL(startingWith(url("/sign-in")));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Retain"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("None of your council groups gives you access to Retain");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("Whitelabel");
        assertAccessible("the sign-in page after a refusal");
        screenshot("council-sign-in-refused");
        page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#council-sign-in")).isFocused();
        page.navigate(url("/teams"));
        assertThat(page).hasURL(url("/sign-in"));
        assertThat(audited("casual.visitor")).extracting(event -> event.get("action")).containsExactly("SIGN_IN_FAILED");
    }
}
