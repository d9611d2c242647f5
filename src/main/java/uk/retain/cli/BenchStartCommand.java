package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Start-up as a user meets it: the project's launcher ({@code ./retain}, with the JVM options it passes) run from a
 * folder of its own whose {@code target} is the project's (the jar, and what the launcher prepared from it), so that
 * its {@code ./data} starts empty: the time from launch to {@code /actuator/health} UP and the resident memory then,
 * on a first start (empty ./data) and a second (./data kept), several times each.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Time ./retain's start-up to healthy on the embedded default, first and second start, and its resident memory.")
final class BenchStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder holding the launcher and target/ (default: the current folder)")
    Path project = Path.of("");

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "first and second starts to time (default 3 of each)")
    int runs;

    @Option(names = "--aot", defaultValue = "on", paramLabel = "on|off", description = "RETAIN_AOT for the launcher: off runs the jar as before (no cache, no prepared demo)")
    String aot;

    /** One start: seconds from launch to UP, and the resident set then and at most, in MB. */
    private record Start(double seconds, long residentMb, long peakResidentMb) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = project.toAbsolutePath().normalize();
        Path launcher = home.resolve("retain");
        if (!Files.isExecutable(launcher) || !Files.isDirectory(home.resolve("target"))) {
            spec.commandLine().getErr().println("retain: no launcher and target/ in " + home + " (--project names the project folder)");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        if (runs < 1 || !(aot.equals("on") || aot.equals("off"))) {
            spec.commandLine().getErr().println("retain: --runs must be at least 1 and --aot on or off");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        Path folder = Files.createTempDirectory("retain-bench-start");
        Files.copy(launcher, folder.resolve("retain"));
        Files.createSymbolicLink(folder.resolve("target"), home.resolve("target"));
        Files.createSymbolicLink(folder.resolve("mvnw"), home.resolve("mvnw"));
        out.printf("Machine: %d processors, Java %s, load average %s (a shared machine: other jobs may be running); launcher %s,"
                + " RETAIN_AOT=%s; folder %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                BenchLoadCommand.loadAverage(), launcher, aot, folder);
        out.flush();
        List<Start> first = new ArrayList<>();
        List<Start> second = new ArrayList<>();
        deleteFolder(folder.resolve("data"));
        Start prepared = start(folder);
        if (Files.readString(folder.resolve("node.log")).contains("retain: preparing")) {
            // Once per build: not a start a user makes twice, so not among the figures.
            out.printf(Locale.ROOT, "the launcher prepared its cache and the demo data first: UP %.1f s after launch (not counted)%n",
                    prepared.seconds());
        }
        for (int i = 0; i < runs; i++) {
            deleteFolder(folder.resolve("data"));
            first.add(start(folder));
            second.add(start(folder));
            out.printf(Locale.ROOT, "run %d: first start UP %.1f s, %,d MB resident (%,d at most); second start UP %.1f s, %,d MB (%,d)%n",
                    i + 1, first.get(i).seconds(), first.get(i).residentMb(), first.get(i).peakResidentMb(),
                    second.get(i).seconds(), second.get(i).residentMb(), second.get(i).peakResidentMb());
            out.flush();
        }
        print(out, "first start (empty ./data)", first);
        print(out, "second start (./data kept)", second);
        out.printf("Load average after: %s%n", BenchLoadCommand.loadAverage());
        out.flush();
        deleteFolder(folder);
        return 0;
    }

    private static void print(PrintWriter out, String name, List<Start> starts) {
        List<Double> seconds = starts.stream().map(Start::seconds).sorted().toList();
        long peak = starts.stream().mapToLong(Start::peakResidentMb).max().orElse(0);
        out.printf(Locale.ROOT, "%s: UP median %.1f s, min %.1f s; at most %,d MB resident. Targets (5 s, 512 MB): %s%n", name,
                seconds.get((seconds.size() - 1) / 2), seconds.get(0), peak,
                seconds.get((seconds.size() - 1) / 2) <= 5 && peak <= 512 ? "met" : "NOT met");
    }

    private Start start(Path folder) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(folder.resolve("retain").toString(), "--server.port=" + port,
                "--server.address=127.0.0.1").directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("node.log").toFile());
        builder.environment().remove("RETAIN_DB_URL");
        builder.environment().put("RETAIN_AOT", aot);
        long launched = System.nanoTime();
        // The launcher ends by exec-ing java: the process launched is the JVM, whose memory /proc gives.
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            long deadline = launched + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the launcher stopped while starting; see " + folder.resolve("node.log"));
                }
                try {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        double seconds = (System.nanoTime() - launched) / 1e9;
                        long[] memory = resident(process.pid());
                        stop(process);
                        return new Start(seconds, memory[0], memory[1]);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(25);
            }
        }
        stop(process);
        throw new IllegalStateException("not healthy within 10 minutes; see " + folder.resolve("node.log"));
    }

    /** VmRSS and VmHWM of the process, in MB. */
    private static long[] resident(long pid) throws IOException {
        long now = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] words = line.trim().split("\\s+");
            if (line.startsWith("VmRSS:")) {
                now = Long.parseLong(words[1]) / 1024;
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(words[1]) / 1024;
            }
        }
        return new long[] {now, peak};
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Never through the link to the project's target/.
        if (Files.isSymbolicLink(folder)) {
            Files.delete(folder);
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
