package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.retain.workforce.store.RegisterTables;
import uk.retain.workforce.store.VersionedRegister;

/**
 * Callers who find a register missing from a node's memory at the same moment (a cold node under load, or the
 * moment after another node's import) wait for one read of it rather than each reading it: on the national
 * benchmark each read of a register took a pooled connection for seconds, and a burst ran the pool dry.
 */
@SpringBootTest(properties = "retain.demo.load=never")
class RegistersSingleFlightTest {

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void callersWhoMissTogetherShareOneRead() throws Exception {
        String la = registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small"))).register().authority().laCode();
        AtomicInteger reads = new AtomicInteger();
        RegisterTables counting = new RegisterTables(jdbc) {
            @Override
            public Optional<VersionedRegister> load(String laCode) {
                reads.incrementAndGet();
                try {
                    Thread.sleep(100); // a large register's read, long enough for every caller to miss the cache
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.load(laCode);
            }
        };
        // Another node: the same database, nothing in memory yet.
        Registers coldNode = new Registers(counting, transaction, events, Clock.systemUTC(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(RowsKeptBeside.class));

        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Optional<Registers.StoredRegister>>> found = java.util.stream.IntStream.range(0, callers)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return coldNode.find(la);
                    })).toList();
            start.countDown();
            for (Future<Optional<Registers.StoredRegister>> each : found) {
                assertThat(each.get()).hasValueSatisfying(stored -> assertThat(stored.register().authority().laCode()).isEqualTo(la));
            }
        }

        assertThat(reads).hasValue(1);
    }
}
