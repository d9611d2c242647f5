package uk.retain.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;

/**
 * One node on the embedded default (H2 in ./data of a fresh folder, the demo council loaded on first start), in a JVM
 * of its own with a bounded heap and a GC log: how long it takes to answer {@code /actuator/health} UP, first start and
 * second; and its heap while it imports a large bundle over the API and refuses two zip bombs (one file past the
 * per-file limit, and files each under it that together pass the bundle limit).
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = "Time a node's start-up to healthy and read its heap during a large import and refused zip bombs.")
final class BenchNodeCommand implements Callable<Integer> {

    static final String DEMO_PASSWORD = "exampleshire-demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", paramLabel = "PATH", description = "the bundle to import, a folder or .zip (default: the benchmark council, 2,880 workers)")
    Path bundle;

    @Option(names = "--heap", defaultValue = "1g", description = "the node's -Xmx (default 1g)")
    String heap;

    @Option(names = "--setting", paramLabel = "NAME=VALUE", description = "a setting for the node, e.g. --setting retain.import.max-bundle-mb=128")
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("retain-bench-node");
        Path logs = Files.createDirectories(folder.resolve("logs"));
        out.printf("Machine: %d processors, Java %s, load average %s; node JVM options -Xmx%s; settings %s; folder %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), BenchLoadCommand.loadAverage(),
                heap, settings.isEmpty() ? "the defaults" : settings, folder);
        out.flush();
        Path zip;
        try {
            zip = zipOf(bundle, folder);
        } catch (InvalidBundleException e) {
            spec.commandLine().getErr().println(e.report());
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        Path bomb = bomb(folder.resolve("one-file-bomb.zip"), List.of("workers.csv"), 1024);
        Path spread = bomb(folder.resolve("spread-bomb.zip"), List.of("teams.csv", "workers.csv", "employments.csv"), 200);
        out.printf("Bundle to import: %s (%,d bytes zipped); zip bombs: one file of 1,024 MiB (%,d bytes zipped),"
                + " three files of 200 MiB (%,d bytes zipped)%n", zip.getFileName(), Files.size(zip), Files.size(bomb), Files.size(spread));
        out.flush();
        List<String> options = List.of("-Xmx" + heap);
        List<String> nodeSettings = settings.stream().map(setting -> "--" + setting).toList();
        Map<String, String> none = Map.of();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            try (BenchNode node = BenchNode.start("first-start", none, options, nodeSettings, folder, logs)) {
                out.printf("First start (empty ./data): /actuator/health UP %.1f s after launch%n", node.secondsToHealthy);
                long launched = System.nanoTime() - (long) (node.secondsToHealthy * 1e9);
                URI demo = URI.create(node.base() + "/api/v1/authorities/999/measures?date=2025-09-30");
                while (get(client, demo, "hr.officer") != 200) {
                    Thread.sleep(100);
                }
                out.printf("    the demo council answering measures %.1f s after launch%n", (System.nanoTime() - launched) / 1e9);
                out.printf("    heap while starting: %s%n", node.heap());
                out.flush();
                phase(out, node, "Import of " + zip.getFileName(), () -> upload(client, node, zip));
                phase(out, node, "Zip bomb, one file of 1 GiB", () -> upload(client, node, bomb));
                phase(out, node, "Zip bomb, three files of 200 MiB", () -> upload(client, node, spread));
                out.printf("Heap over the node's whole run: %s%n", node.heap());
            }
            try (BenchNode node = BenchNode.start("second-start", none, options, nodeSettings, folder, logs)) {
                out.printf("Second start (./data holds the imported council): /actuator/health UP %.1f s after launch%n",
                        node.secondsToHealthy);
            }
        }
        out.flush();
        return 0;
    }

    private interface Step {
        String run() throws Exception;
    }

    private static void phase(PrintWriter out, BenchNode node, String name, Step step) throws Exception {
        double from = node.uptime();
        long started = System.nanoTime();
        String answer = step.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(200);
        out.printf("%s: %s in %.1f s; heap: %s%n", name, answer, seconds, node.heap(from, node.uptime()));
        out.flush();
    }

    private static int get(HttpClient client, URI uri, String user) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri).header("Authorization", basic(user)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Posts the zip to the import API as the demo administrator; answers its status and the start of its body. */
    private static String upload(HttpClient client, BenchNode node, Path zip) throws IOException, InterruptedException {
        String boundary = "retain-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"" + zip.getFileName()
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/bundles"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", basic("administrator"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body().replaceAll("\\s+", " ");
        return "HTTP " + response.statusCode() + " " + (body.length() > 160 ? body.substring(0, 160) + "..." : body);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Path zipOf(Path bundle, Path folder) throws IOException, InvalidBundleException {
        if (bundle != null && bundle.toString().endsWith(".zip")) {
            return bundle;
        }
        Register register = bundle == null ? DemoCouncil.bench() : Bundles.read(bundle);
        Path zip = folder.resolve(bundle == null ? "benchmark-council.zip" : "bundle.zip");
        BundleWriter.writeZip(register, zip);
        return zip;
    }

    /** A zip whose entries, named as bundle files, each unpack to {@code mebibytes} of zero bytes. */
    private static Path bomb(Path zip, List<String> names, int mebibytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (String name : new ArrayList<>(names)) {
                out.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < mebibytes; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        }
        return zip;
    }
}
