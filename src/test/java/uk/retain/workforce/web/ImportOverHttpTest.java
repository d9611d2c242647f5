package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.support.Zip;
import uk.retain.workforce.Registers;

/**
 * The import page through a real server and a client without JavaScript: sign in with the form, then upload
 * with the CSRF token the page's form carries, which the server must find in a multipart body (MockMvc cannot
 * show that it does), and confirm the import on the page that shows what it will change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"retain.demo.load=never",
    "server.servlet.session.cookie.secure=false",
    "spring.datasource.url=jdbc:h2:mem:import-over-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ImportOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Registers registers;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anAdministratorSignsInAndImportsABundleWithTheFormAlone() throws Exception {
        accounts.create(new Account("admin", "Admin", Role.ADMINISTRATOR, "999", null, Set.of(), null), PASSWORD);

        String signIn = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf(signIn))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        String form = client.send(get("/import"), HttpResponse.BodyHandlers.ofString()).body();
        String boundary = "----retain" + System.nanoTime();
        HttpResponse<String> uploaded = client.send(HttpRequest.newBuilder(uri("/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csrf(form),
                        Zip.of(Path.of("src/test/resources/bundles/small"))))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(uploaded.statusCode()).isEqualTo(302);
        String check = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(check).contains("/import/preview/");
        assertThat(registers.find("999")).as("checked, not imported").isEmpty();

        // The check's page, then its confirmation with the CSRF token of that page's form.
        String preview = client.send(get(URI.create(check).getPath()), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(preview).contains("Check what the import will change");
        HttpResponse<String> confirmed = client.send(HttpRequest.newBuilder(uri(URI.create(check).getPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(preview))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/import?done"));
        long version = registers.find("999").orElseThrow().version();
        String done = client.send(get("/import?done"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(done).contains("The bundle for Exampleshire (999) was imported as version " + version + ".");

        HttpResponse<String> hidden = client.send(get("/teams/T9"), HttpResponse.BodyHandlers.ofString());
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("Page not found");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static byte[] multipart(String boundary, String csrf, byte[] zip) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"small.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
