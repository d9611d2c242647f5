package uk.retain.planning.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The plan page's forecasts and backtests, run in the background one at a time and kept for the page's later
 * readers: a run is known by its authority, register version, day and levers, so a kept one is never stale. At most
 * {@link #KEPT} are kept, the least recently read going first, so a council trying many scenarios does not fill the
 * memory. A page asks for its runs, waits a little for them ({@code retain.plan.wait}) and, when they are not done,
 * shows how far they have got and refreshes itself.
 */
@Component
public class PlanRuns implements DisposableBean {

    static final int KEPT = 48;

    /** One run: how many of its Monte Carlo runs are done, of how many, and its result when it has one. */
    static final class Run {
        private final AtomicInteger done = new AtomicInteger();
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        private final int total;
        private final CompletableFuture<Object> result = new CompletableFuture<>();

        Run(int total) {
            this.total = total;
        }

        int done() {
            return result.isDone() ? total : Math.min(done.get(), total);
        }

        int total() {
            return total;
        }

        boolean finished() {
            return result.isDone();
        }

        /** The result; rethrows what the run threw. Only once {@link #finished()}. */
        Object result() {
            return result.join();
        }
    }

    private final Cache<String, Run> runs = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "plan-runs");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration wait;

    PlanRuns(@Value("${retain.plan.wait:3s}") Duration wait) {
        this.wait = wait;
    }

    /**
     * The run kept under {@code key}, or a new one of {@code work} started in the background; a kept run that failed
     * is replaced by a new one, so the next reader tries again rather than reading the failure for ever.
     */
    Run of(String key, int total, Function<IntConsumer, Object> work) {
        Run run = runs.asMap().compute(key, (k, held) -> held != null && !held.result.isCompletedExceptionally() ? held : new Run(total));
        if (run.started.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    run.result.complete(work.apply(run.done::set));
                } catch (RuntimeException | Error e) {
                    run.result.completeExceptionally(e);
                }
            });
        }
        return run;
    }

    /** Waits up to the configured time for every run to finish; answers whether they have. */
    boolean awaited(Iterable<Run> asked) {
        long until = System.nanoTime() + wait.toNanos();
        for (Run run : asked) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                run.result.get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                // The page reads the failure from the result.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        for (Run run : asked) {
            if (!run.finished()) {
                return false;
            }
        }
        return true;
    }

    /** How long a page waits before it shows the progress instead; for the tests of the progress page. */
    public void setWait(Duration wait) {
        this.wait = wait;
    }

    long kept() {
        runs.cleanUp();
        return runs.estimatedSize();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
