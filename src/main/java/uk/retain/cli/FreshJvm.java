package uk.retain.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Retain command in a new JVM, as a user would from the shell, and times it from launch to exit: the
 * same java and the same jar (or class path) as this process, none of its JVM options (only those it is given).
 */
final class FreshJvm {

    /** What a run took and printed. */
    record Run(double seconds, String output) {
    }

    private final List<String> launcher;

    private FreshJvm(List<String> launcher) {
        this.launcher = launcher;
    }

    /** The java and class path this process runs with. */
    static FreshJvm likeThisOne() {
        return likeThisOne(List.of());
    }

    /** The same, with {@code options} for the JVM (such as the launcher's ahead-of-time cache). */
    static FreshJvm likeThisOne(List<String> options) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        List<String> launcher = new ArrayList<>();
        launcher.add(java);
        launcher.addAll(options);
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            // The packaged jar: its own launcher unpacks the nested jars, so run it as users do.
            launcher.add("-jar");
            launcher.add(classPath);
        } else {
            launcher.add("-cp");
            launcher.add(classPath);
            launcher.add("uk.retain.RetainApplication");
        }
        return new FreshJvm(launcher);
    }

    /** The command line a run uses, for the record. */
    String describe(List<String> arguments) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(arguments);
        String text = String.join(" ", command);
        return text.length() > 200 ? text.substring(0, 90) + " ... " + text.substring(text.length() - 90) : text;
    }

    Run run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(arguments);
        Path output = Files.createTempFile("retain-bench-out", ".txt");
        Path errors = Files.createTempFile("retain-bench-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException("'" + describe(arguments) + "' exited with " + exit + ": "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return new Run(seconds, Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
