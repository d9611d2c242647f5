package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.retain.people.Account;
import uk.retain.people.Accounts;

/**
 * Times the pages the issue names (dashboard, a team, its caseloads, asking for and showing its recommendations,
 * continuity, a worker) on the demo council: the server runs in this JVM on a throw-away H2 database holding the
 * demo council and its demo users, exactly as {@code ./retain} loads them; each page is fetched over HTTP on
 * loopback, signed in through the sign-in form as a demo user who may see it, {@code --warm-up} times untimed and
 * then {@code --requests} times timed, one after another.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Time the main pages on the demo council and print each one's median and 95th percentile.")
final class BenchPagesCommand implements Callable<Integer> {

    /** The targets for every page, in milliseconds. */
    static final double MEDIAN_TARGET = 150;
    static final double P95_TARGET = 400;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--requests", defaultValue = "50", paramLabel = "N", description = "timed requests of each page (default 50)")
    int requests;

    @Option(names = "--warm-up", defaultValue = "20", paramLabel = "N", description = "untimed requests of each page first (default 20)")
    int warmUp;

    @Option(names = "--only", paramLabel = "TEXT", description = "time only the pages whose name contains TEXT (to profile one)")
    String only;

    /** A page to time: who asks, how, and what it is called in the figures. */
    private record Page(String name, String user, String method, String path) {
    }

    /** One page's figures, in milliseconds. */
    record Figures(String name, double median, double p95, double max) {
        boolean met() {
            return median < MEDIAN_TARGET && p95 < P95_TARGET;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (requests < 1 || warmUp < 0) {
            spec.commandLine().getErr().println("retain: --requests must be at least 1 and --warm-up at least 0");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        out.printf("Machine: %d processors, Java %s, load average %s (a shared machine: other jobs may be running)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), BenchLoadCommand.loadAverage());
        out.flush();
        Path database = Files.createTempDirectory("retain-bench-pages");
        SpringApplication spring = new SpringApplication(bench.application());
        spring.setLogStartupInfo(false);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = spring.run(
                "--spring.datasource.url=jdbc:h2:file:" + database.resolve("retain")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--server.address=127.0.0.1", "--retain.demo.load=always",
                // The client is on plain HTTP on loopback, where a Secure cookie would not be sent back.
                "--server.servlet.session.cookie.secure=false", "--logging.level.root=warn")) {
            out.printf("Demo council and users loaded, server up: %.1f s%n", (System.nanoTime() - started) / 1e9);
            Accounts accounts = context.getBean(Accounts.class);
            Account manager = accounts.find("team.manager").orElseThrow().account();
            Account worker = accounts.find("social.worker").orElseThrow().account();
            String team = manager.teamIds().stream().sorted().findFirst().orElseThrow();
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            List<Page> pages = List.of(
                    new Page("dashboard", "workforce.lead", "GET", "/dashboard"),
                    new Page("team " + team, "team.manager", "GET", "/teams/" + team),
                    new Page("team " + team + " caseloads", "team.manager", "GET", "/teams/" + team + "/caseloads"),
                    new Page("asking for recommendations (POST)", "team.manager", "POST", "/teams/" + team + "/recommendations"),
                    new Page("recommendations with the queue", "team.manager", "GET", "/teams/" + team + "/recommendations"),
                    new Page("continuity", "workforce.lead", "GET", "/continuity"),
                    new Page("worker " + worker.workerId(), "workforce.lead", "GET", "/workers/" + worker.workerId()));
            out.printf("Pages of the demo council, %d timed requests each after %d to warm up, over HTTP on loopback:%n",
                    requests, warmUp);
            out.printf("%-40s %10s %10s %10s  %s%n", "page", "median ms", "p95 ms", "max ms", "target (median < 150, p95 < 400)");
            boolean all = true;
            // One session per user, so that the recommendations page shows those its POST asked for.
            java.util.Map<String, Session> sessions = new java.util.HashMap<>();
            for (Page page : pages) {
                if (only != null && !page.name().contains(only)) {
                    continue;
                }
                Session session = sessions.get(page.user());
                if (session == null) {
                    session = Session.of(base, page.user());
                    sessions.put(page.user(), session);
                }
                Figures figures = time(session, base, page);
                all &= figures.met();
                out.printf("%-40s %10.1f %10.1f %10.1f  %s%n", figures.name(), figures.median(), figures.p95(), figures.max(),
                        figures.met() ? "met" : "NOT met");
                out.flush();
            }
            sessions.values().forEach(each -> each.client().close());
            out.printf("Load average after: %s. Every page within target: %s%n", BenchLoadCommand.loadAverage(), all ? "yes" : "NO");
            out.flush();
        }
        return 0;
    }

    /** A signed-in user's client (holding the session cookie) and the session's CSRF token. */
    private record Session(HttpClient client, String csrf) {
        static Session of(String base, String user) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            return new Session(client, signIn(client, base, user));
        }
    }

    private Figures time(Session session, String base, Page page) throws IOException, InterruptedException {
        HttpClient client = session.client();
        String csrf = session.csrf();
        {
            double[] millis = new double[requests];
            for (int i = -warmUp; i < requests; i++) {
                HttpRequest request = page.method().equals("POST")
                        ? HttpRequest.newBuilder(URI.create(base + page.path()))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                                .build()
                        : HttpRequest.newBuilder(URI.create(base + page.path())).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                double took = (System.nanoTime() - t0) / 1e6;
                int expected = page.method().equals("POST") ? 302 : 200;
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(page.path() + " as " + page.user() + " answered " + response.statusCode());
                }
                if (i >= 0) {
                    millis[i] = took;
                }
            }
            Arrays.sort(millis);
            return new Figures(page.name(), millis[(requests - 1) / 2], millis[(int) Math.ceil(requests * 0.95) - 1],
                    millis[requests - 1]);
        }
    }

    /** Signs in through the form as a demo user; answers the session's CSRF token, for the forms it posts. */
    private static String signIn(HttpClient client, String base, String user) throws IOException, InterruptedException {
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = csrf(form);
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(BenchNodeCommand.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("could not sign in as " + user + ": " + signedIn.statusCode() + " " + location);
        }
        // The session id changes on sign-in, and with it the token: read the new one from a page.
        String path = "/";
        for (int hops = 0; hops < 5; hops++) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() / 100 != 3) {
                return csrf(page.body());
            }
            path = URI.create(base + path).resolve(page.headers().firstValue("Location").orElseThrow()).getRawPath();
        }
        throw new IllegalStateException("the home page of " + user + " redirects too often");
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
