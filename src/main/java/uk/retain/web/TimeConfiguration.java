package uk.retain.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service: England's, so that "today" turns at midnight in London whatever zone the machine
 * runs in. Pages and APIs take it in their constructor and ask it for today; domain code is handed the date.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
