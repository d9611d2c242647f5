package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;

/**
 * Through the real server (Tomcat, not a mock), forwarded headers from a client that is not a configured proxy
 * change nothing: redirects stay on the server's own host, and the audit trail holds the client's real address
 * however long the header it sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"retain.demo.load=never",
    "spring.datasource.url=jdbc:h2:mem:forwarded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ForwardedHeadersTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String LONG_ADDRESS = "203.0.113.7, " + "198.51.100.1, ".repeat(6) + "192.0.2.99";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void user() {
        if (!accounts.exists("hr.forwarded")) {
            accounts.create(new Account("hr.forwarded", "HR", Role.HR, "999", null, Set.of(), null), PASSWORD);
        }
    }

    private URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aForwardedHostFromAnyClientDoesNotMoveTheRedirect() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(at("/teams"))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("evil.example")
                .doesNotStartWith("https:");
    }

    @Test
    void aLongForwardedForIsIgnoredAndTheSignInIsAuditedWithTheRealAddress() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(at("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(at("/sign-in"))
                .header("Cookie", cookie).header("X-Forwarded-For", LONG_ADDRESS)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=hr.forwarded&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        List<String> addresses = jdbc.queryForList("select address from audit_event where id > ? and action = 'SIGN_IN'",
                String.class, mark);
        assertThat(addresses).singleElement().satisfies(address -> assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }
}
