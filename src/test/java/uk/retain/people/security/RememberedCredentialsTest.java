package uk.retain.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** One password check at a time for a name and password, the others waiting for its answer. */
class RememberedCredentialsTest {

    private static final int CALLERS = 8;

    /** A checker that counts its checks and holds each until released, as a slow bcrypt check would. */
    private static final class HeldChecker implements AuthenticationProvider {
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final boolean refuse;

        HeldChecker(boolean refuse) {
            this.refuse = refuse;
        }

        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (refuse) {
                throw new BadCredentialsException("wrong password");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    @Test
    void callersArrivingDuringACheckWaitForItInsteadOfCheckingAgain() throws Exception {
        HeldChecker checker = new HeldChecker(false);
        List<Future<Authentication>> answers = callTogether(checker);

        assertThat(checker.checks).as("one bcrypt check for all of them").hasValue(1);
        Authentication first = answers.get(0).get();
        for (Future<Authentication> answer : answers) {
            assertThat(answer.get()).isSameAs(first);
        }
    }

    @Test
    void aRefusalReachesEveryWaiterAndIsNotRemembered() throws Exception {
        HeldChecker checker = new HeldChecker(true);
        RememberedCredentials credentials = new RememberedCredentials(checker, name -> {
            throw new UsernameNotFoundException(name);
        }, Clock.systemUTC());
        List<Future<Authentication>> answers = callTogether(checker, credentials);

        for (Future<Authentication> answer : answers) {
            assertThatThrownBy(answer::get).hasCauseInstanceOf(BadCredentialsException.class);
        }
        assertThat(checker.checks).hasValue(1);
        assertThatThrownBy(() -> credentials.authenticate(request())).isInstanceOf(BadCredentialsException.class);
        assertThat(checker.checks).as("the next attempt is checked again").hasValue(2);
    }

    private static List<Future<Authentication>> callTogether(HeldChecker checker) throws Exception {
        return callTogether(checker, new RememberedCredentials(checker, name -> {
            throw new UsernameNotFoundException(name);
        }, Clock.systemUTC()));
    }

    /** Starts the callers, waits until one is checking and the others wait, then lets the check finish. */
    private static List<Future<Authentication>> callTogether(HeldChecker checker, RememberedCredentials credentials)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Thread> threads = new ArrayList<>();
        List<Future<Authentication>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(pool.submit(() -> {
                synchronized (threads) {
                    threads.add(Thread.currentThread());
                }
                return credentials.authenticate(request());
            }));
        }
        while (!allWaiting(threads)) {
            Thread.sleep(5);
        }
        checker.release.countDown();
        for (Future<Authentication> answer : answers) {
            try {
                answer.get();
            } catch (java.util.concurrent.ExecutionException expectedForARefusal) {
                // looked at by the test
            }
        }
        pool.shutdown();
        return answers;
    }

    private static boolean allWaiting(List<Thread> threads) {
        synchronized (threads) {
            return threads.size() == CALLERS && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING);
        }
    }

    private static Authentication request() {
        return UsernamePasswordAuthenticationToken.unauthenticated("script.analyst", "a long test password");
    }
}
