package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.retain.RetainApplication;
import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.support.EmbeddedPostgres;
import uk.retain.workforce.AllocationConflictException;
import uk.retain.workforce.AllocationRequest;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * Two application nodes, each a whole Retain with its own web server, connection pool and caches, on one
 * PostgreSQL database, as behind a load balancer: a page session begun on one node is known to the other (sessions
 * in the database), and managers accepting the same case at the same moment on both nodes give it exactly one
 * primary allocation.
 */
class TwoNodesOnPostgresTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final String PASSWORD = "two nodes, one database";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void twoNodes() {
        Map<String, String> database = new HashMap<>();
        EmbeddedPostgres.register((name, value) -> database.put(name, String.valueOf(value.get())));
        a = node(database);
        b = node(database);
        for (String manager : List.of("manager.a", "manager.b")) {
            a.getBean(Accounts.class).create(new Account(manager, manager, Role.TEAM_MANAGER, "999", null, Set.of("T1"), null),
                    PASSWORD);
        }
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    private static ConfigurableApplicationContext node(Map<String, String> database) {
        SpringApplication node = new SpringApplication(RetainApplication.class);
        node.setLogStartupInfo(false);
        return node.run("--spring.datasource.url=" + database.get("spring.datasource.url"),
                "--spring.datasource.username=" + database.get("spring.datasource.username"),
                "--spring.datasource.password=" + database.get("spring.datasource.password"),
                "--server.port=0", "--server.address=127.0.0.1", "--retain.demo.load=never", "--logging.level.root=warn");
    }

    @BeforeEach
    void smallBundle() throws Exception {
        a.getBean(Registers.class).replace(Bundles.read(SMALL));
    }

    @Test
    void aSessionBegunOnOneNodeIsKnownToTheOtherAndEndsOnBoth() throws Exception {
        Browser manager = new Browser();
        manager.signIn(a, "manager.a");

        assertThat(manager.get(b, "/teams/T1").statusCode()).as("signed in on node B").isEqualTo(200);
        assertThat(jdbc().queryForObject("select count(*) from spring_session where principal_name = 'manager.a'", Integer.class))
                .as("the session is in the database").isEqualTo(1);

        manager.post(b, "/sign-out", Map.of());

        HttpResponse<String> afterwards = manager.get(a, "/teams/T1");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void managersAcceptingOneCaseOnBothNodesAtOnceGiveItOnePrimaryWorker() throws Exception {
        for (int round = 0; round < 3; round++) {
            if (round > 0) {
                smallBundle();
            }
            // Each manager signs in on one node and asks for recommendations on the other: the session carries them.
            Browser first = new Browser();
            Browser second = new Browser();
            first.signIn(a, "manager.a");
            second.signIn(b, "manager.b");
            assertThat(first.post(b, "/teams/T1/recommendations", Map.of()).statusCode()).isEqualTo(302);
            assertThat(second.post(a, "/teams/T1/recommendations", Map.of()).statusCode()).isEqualTo(302);
            assertThat(first.get(a, "/teams/T1/recommendations").body()).contains("Accept for case K5");
            assertThat(second.get(b, "/teams/T1/recommendations").body()).contains("Accept for case K5");

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService managers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> accepted = new ArrayList<>();
            for (Browser manager : List.of(first, second)) {
                ConfigurableApplicationContext node = manager == first ? a : b;
                Callable<Integer> accept = () -> {
                    start.await();
                    return manager.post(node, "/teams/T1/recommendations/accept", Map.of("case", "K5")).statusCode();
                };
                accepted.add(managers.submit(accept));
            }
            start.countDown();
            for (Future<Integer> status : accepted) {
                assertThat(status.get()).isEqualTo(302);
            }
            managers.shutdown();

            String firstPage = first.get(a, "/teams/T1/recommendations").body();
            String secondPage = second.get(b, "/teams/T1/recommendations").body();
            assertThat(List.of(firstPage, secondPage)).as("round %d: one accepted", round)
                    .filteredOn(page -> page.contains("Case K5 is allocated to")).hasSize(1);
            assertThat(List.of(firstPage, secondPage)).as("round %d: one told it was taken", round)
                    // The second finds it taken, at the lock (a conflict) or at the check under it (a case already allocated).
                    .filteredOn(page -> page.contains("Someone changed these cases a moment ago.")
                            || page.contains("Nothing was allocated")).hasSize(1);
            assertThat(primariesOfK5()).as("round %d", round).isEqualTo(1);
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                assertThat(node.getBean(Registers.class).find("999").orElseThrow().register().allocations().stream()
                        .filter(x -> x.caseId().equals("K5") && x.isPrimary()).count()).as("each node sees it").isEqualTo(1);
            }
        }
    }

    @Test
    void allocationsRacingThroughBothNodesRegistersGiveOnePrimaryWorker() throws Exception {
        LocalDate october = LocalDate.of(2025, 10, 1);
        for (int round = 0; round < 10; round++) {
            smallBundle();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            Map<ConfigurableApplicationContext, String> workers = new LinkedHashMap<>();
            workers.put(a, "W1");
            workers.put(b, "W3");
            workers.forEach((node, worker) -> outcomes.add(nodes.submit(() -> {
                start.await();
                try {
                    node.getBean(Registers.class).allocate(new AllocationRequest("999", "K5", worker, null, october, null), "manager.on.node");
                    return true;
                } catch (AllocationConflictException e) {
                    return false;
                }
            })));
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get() ? 1 : 0;
            }
            nodes.shutdown();
            assertThat(succeeded).as("round %d", round).isEqualTo(1);
            assertThat(primariesOfK5()).as("round %d", round).isEqualTo(1);
        }
    }

    private static int primariesOfK5() {
        return jdbc().queryForObject("select count(*) from allocation where la_code = '999' and case_id = 'K5' and role = 'primary'",
                Integer.class);
    }

    private static JdbcTemplate jdbc() {
        return b.getBean(JdbcTemplate.class);
    }

    /** One user's browser: its session cookie (Secure, so kept by hand over plain HTTP on loopback) and forms. */
    static final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        void signIn(ConfigurableApplicationContext node, String username) throws Exception {
            HttpResponse<String> done = post(node, "/sign-in", Map.of("username", username, "password", PASSWORD));
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(node, path)).GET());
        }

        /** A form posted with the CSRF token of the page it is on ({@code /sign-in} before signing in). */
        HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> fields) throws Exception {
            String page = get(node, cookies.isEmpty() || path.equals("/sign-in") ? "/sign-in" : "/teams/T1/recommendations").body();
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).as("a form with a CSRF token").isTrue();
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token.group(1).replace("&#45;", "-"));
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals);
                String value = pair.substring(equals + 1);
                if (value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        private static URI uri(ConfigurableApplicationContext node, String path) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
