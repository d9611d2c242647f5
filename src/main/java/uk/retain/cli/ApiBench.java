package uk.retain.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Times one measures call through the REST API on a register already imported: the server runs in this JVM
 * on a throw-away H2 database and a free port on loopback, and the calls go over HTTP.
 */
final class ApiBench {

    /** The figures of one run, in milliseconds. */
    record Figures(int calls, double median, double p95, double min, long importMillis) {
    }

    private ApiBench() {
    }

    static Figures measure(Class<?> application, Register register, LocalDate date, int warmUp, int calls)
            throws IOException, InterruptedException {
        Path database = Files.createTempDirectory("retain-bench-db");
        SpringApplication spring = new SpringApplication(application);
        spring.setLogStartupInfo(false);
        // Command-line arguments, so that they win over application.properties (default properties would not).
        try (ConfigurableApplicationContext context = spring.run(
                "--spring.datasource.url=jdbc:h2:file:" + database.resolve("bench")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--server.address=127.0.0.1", "--retain.demo.load=never",
                "--logging.level.root=warn")) {
            long started = System.nanoTime();
            context.getBean(Registers.class).replace(register);
            // An HR officer of the authority, as a script would call the API (HTTP Basic on every call).
            String password = java.util.UUID.randomUUID().toString();
            context.getBean(Accounts.class).create(new Account("bench.hr", "Benchmark", Role.HR,
                    register.authority().laCode(), null, java.util.Set.of(), null), password);
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("bench.hr:" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long importMillis = (System.nanoTime() - started) / 1_000_000;
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String laCode = register.authority().laCode();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/authorities/" + laCode + "/measures?date=" + date);
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", basic).GET().build();
                for (int i = 0; i < warmUp; i++) {
                    call(client, request);
                }
                double[] millis = new double[calls];
                for (int i = 0; i < calls; i++) {
                    long t0 = System.nanoTime();
                    call(client, request);
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(millis);
                return new Figures(calls, millis[calls / 2], millis[(int) Math.ceil(calls * 0.95) - 1], millis[0], importMillis);
            }
        }
    }

    private static void call(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the measures call answered " + response.statusCode() + ": " + response.body());
        }
    }
}
