package uk.retain.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load: request i is due at {@code start + i / rate} whatever became of the ones before, each sent on
 * a virtual thread of its own, and its latency counts from when it was due (so a server that falls behind shows it,
 * rather than slowing the load down). Bounded: {@code rate * seconds} requests, each given up after
 * {@link #TIMEOUT}, then it stops.
 */
final class LoadGenerator {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One request: its path on a node, its HTTP Basic header, and the answer it asks for (for counting). */
    record Call(String path, String authorization, String answer) {
    }

    /** What a run gave: latencies in ms of the answered calls, in order of sending, and the errors by kind. */
    record Result(int sent, double[] millis, Map<String, Integer> errors, double sendingSeconds) {

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        String summary() {
            return String.format("%,d requests sent in %.1f s (%.1f a second), %,d answered 200, %,d errors%s%n"
                    + "    latency from when each was due: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sent, sendingSeconds, sent / sendingSeconds, millis.length, errorCount(),
                    errors.isEmpty() ? "" : " " + errors, percentile(50), percentile(95), percentile(99), percentile(100));
        }
    }

    private LoadGenerator() {
    }

    /** Sends {@code calls} as they are answered, {@code concurrency} at a time (a closed model, for priming). */
    static Result closed(List<String> nodes, List<Call> calls, int concurrency) throws InterruptedException {
        List<Double> millis = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
                ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < concurrency; t++) {
                senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
                        Call call = calls.get(i);
                        HttpRequest request = HttpRequest.newBuilder(URI.create(nodes.get(i % nodes.size()) + call.path()))
                                .timeout(Duration.ofMinutes(2)).header("Authorization", call.authorization()).GET().build();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() == 200) {
                                millis.add((System.nanoTime() - sent) / 1e6);
                            } else {
                                errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }
                });
            }
        }
        return new Result(calls.size(), millis.stream().mapToDouble(Double::doubleValue).toArray(), new TreeMap<>(errors),
                (System.nanoTime() - start) / 1e9);
    }

    /** Sends {@code calls} (request i to {@code nodes[i % nodes]}) at {@code rate} a second. */
    static Result run(List<String> nodes, List<Call> calls, int rate) throws InterruptedException {
        double[] millis = new double[calls.size()];
        boolean[] answered = new boolean[calls.size()];
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / rate;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
                ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime() + 50_000_000L;
            long sent;
            for (int i = 0; i < calls.size(); i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int index = i;
                Call call = calls.get(i);
                HttpRequest request = HttpRequest.newBuilder(URI.create(nodes.get(i % nodes.size()) + call.path()))
                        .timeout(TIMEOUT).header("Authorization", call.authorization()).GET().build();
                senders.submit(() -> {
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long done = System.nanoTime();
                        if (response.statusCode() == 200 && response.body().length > 0) {
                            millis[index] = (done - due) / 1e6;
                            answered[index] = true;
                        } else {
                            errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                });
            }
            sent = System.nanoTime();
            senders.shutdown();
            senders.awaitTermination(TIMEOUT.toSeconds() + 30, java.util.concurrent.TimeUnit.SECONDS);
            int count = 0;
            for (boolean a : answered) {
                count += a ? 1 : 0;
            }
            double[] answeredMillis = new double[count];
            for (int i = 0, j = 0; i < millis.length; i++) {
                if (answered[i]) {
                    answeredMillis[j++] = millis[i];
                }
            }
            return new Result(calls.size(), answeredMillis, new TreeMap<>(errors), (sent - start) / 1e9);
        }
    }
}
