package uk.retain.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * {@code --retain.exit-when-ready=true}: the service stops as soon as it is ready (the demo council loaded), as
 * the launcher's one preparing run needs: that run records the JDK's ahead-of-time cache, written when the JVM
 * exits, and leaves the demo council in a database that later first starts copy instead of generating it.
 */
@Component
@ConditionalOnProperty(name = "retain.exit-when-ready", havingValue = "true")
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // Not on the thread that publishes the event: closing the context waits for that thread.
        Thread exit = new Thread(() -> System.exit(SpringApplication.exit(event.getApplicationContext())), "retain-exit-when-ready");
        exit.start();
    }
}
