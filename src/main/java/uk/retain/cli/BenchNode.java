package uk.retain.cli;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Retain web node for a benchmark: a JVM of its own started as a user would ({@code java -jar retain.jar} with
 * the same java and jar as this process), on a free port of 127.0.0.1, with a GC log from which its heap is read
 * afterwards. It is stopped by {@link #close}, and never outlives this process.
 */
final class BenchNode implements AutoCloseable {

    /** A GC log line: "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->35M(256M) 5.123ms". */
    private static final Pattern COLLECTION = Pattern.compile("^\\[([0-9.]+)s\\].*GC\\(\\d+\\) .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    final String name;
    final int port;
    final double secondsToHealthy;
    private final Process process;
    private final Path gcLog;
    private final Path output;

    private BenchNode(String name, int port, double secondsToHealthy, Process process, Path gcLog, Path output) {
        this.name = name;
        this.port = port;
        this.secondsToHealthy = secondsToHealthy;
        this.process = process;
        this.gcLog = gcLog;
        this.output = output;
    }

    /**
     * Starts a node and waits until {@code /actuator/health} answers UP. {@code environment} adds to this
     * process's (for {@code RETAIN_DB_URL}); {@code workingDirectory} is where the embedded default keeps ./data.
     */
    static BenchNode start(String name, Map<String, String> environment, List<String> jvmOptions, List<String> settings,
            Path workingDirectory, Path logs) throws IOException, InterruptedException {
        int port = freePort();
        Path gcLog = logs.resolve(name + "-gc.log");
        Path output = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog + ":uptime");
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.add("-jar");
            command.add(Path.of(classPath).toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("uk.retain.RetainApplication");
        }
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        long launched = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            long deadline = launched + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped while starting; see " + output);
                }
                try {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        return new BenchNode(name, port, (System.nanoTime() - launched) / 1e9, process, gcLog, output);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " was not healthy within 5 minutes; see " + output);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** What the GC log says of the heap: the most in use before a collection, and the most live after one. */
    record Heap(long peakMegabytes, long liveMegabytes, long committedMegabytes, int collections) {
        @Override
        public String toString() {
            return collections == 0 ? "no collection logged"
                    : String.format("peak %,d MB in use (before a collection), at most %,d MB live after one, %,d MB committed at most, %d collections",
                            peakMegabytes, liveMegabytes, committedMegabytes, collections);
        }
    }

    /** The heap as the GC log has it between {@code fromSeconds} and {@code toSeconds} of the node's uptime. */
    Heap heap(double fromSeconds, double toSeconds) throws IOException {
        long peak = 0;
        long live = 0;
        long committed = 0;
        int collections = 0;
        if (!Files.exists(gcLog)) {
            return new Heap(0, 0, 0, 0);
        }
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                double at = Double.parseDouble(m.group(1));
                if (at < fromSeconds || at > toSeconds) {
                    continue;
                }
                collections++;
                peak = Math.max(peak, Long.parseLong(m.group(2)));
                live = Math.max(live, Long.parseLong(m.group(3)));
                committed = Math.max(committed, Long.parseLong(m.group(4)));
            }
        }
        return new Heap(peak, live, committed, collections);
    }

    Heap heap() throws IOException {
        return heap(0, Double.MAX_VALUE);
    }

    /** The node's uptime in seconds, as its GC log counts it. */
    double uptime() {
        return process.info().startInstant().map(start -> Duration.between(start, java.time.Instant.now()).toMillis() / 1000.0)
                .orElse(0.0);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
