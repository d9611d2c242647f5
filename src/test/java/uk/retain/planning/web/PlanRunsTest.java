package uk.retain.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plan's background runs: progress while running, the result once done, a bounded store, failures forgotten. */
class PlanRunsTest {

    private final PlanRuns runs = new PlanRuns(Duration.ZERO);

    @AfterEach
    void stop() {
        runs.destroy();
    }

    @Test
    void aRunInProgressSaysHowFarItHasGotAndGivesItsResultOnceDone() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PlanRuns.Run run = runs.of("a", 10, progress -> {
            progress.accept(5);
            halfway.countDown();
            await(release);
            return "done";
        });
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(run.finished()).isFalse();
        assertThat(run.done()).isEqualTo(5);
        assertThat(run.total()).isEqualTo(10);
        assertThat(runs.awaited(List.of(run))).as("no wait, not done").isFalse();
        assertThat(runs.of("a", 10, progress -> "another")).as("the same key is the same run").isSameAs(run);

        release.countDown();
        runs.setWait(Duration.ofSeconds(10));
        assertThat(runs.awaited(List.of(run))).isTrue();
        assertThat(run.result()).isEqualTo("done");
        assertThat(run.done()).isEqualTo(10);
    }

    @Test
    void atMostTheKeptNumberOfRunsIsKept() {
        runs.setWait(Duration.ofSeconds(10));
        for (int i = 0; i < PlanRuns.KEPT + 20; i++) {
            int n = i;
            assertThat(runs.awaited(List.of(runs.of("k" + i, 1, progress -> n)))).isTrue();
        }
        assertThat(runs.kept()).isLessThanOrEqualTo(PlanRuns.KEPT);
    }

    @Test
    void aFailedRunIsNotKeptSoTheNextReaderRunsItAgain() {
        runs.setWait(Duration.ofSeconds(10));
        AtomicInteger tries = new AtomicInteger();
        PlanRuns.Run failed = runs.of("f", 1, progress -> {
            tries.incrementAndGet();
            throw new IllegalStateException("no calibration");
        });
        assertThat(runs.awaited(List.of(failed))).isTrue();
        assertThatThrownBy(failed::result).hasRootCauseMessage("no calibration");
        PlanRuns.Run again = runs.of("f", 1, progress -> tries.incrementAndGet());
        assertThat(runs.awaited(List.of(again))).isTrue();
        assertThat(again).isNotSameAs(failed);
        assertThat(tries.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
