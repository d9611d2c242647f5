package uk.retain.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service: England's, so that "today" turns at midnight in London whatever zone the machine
 * runs in. Pages and APIs take it in their constructor and ask it for today; domain code is handed the date. When a
 * {@link ServiceDay} is set (the demo), the clock stays on that day while the time of day runs on, so that what is
 * recorded now is recorded on that day.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Bean
    Clock clock(ObjectProvider<ServiceDay> serviceDay) {
        Clock calendar = Clock.system(ENGLAND);
        ServiceDay day = serviceDay.getIfAvailable();
        return day == null ? calendar : new OnOneDay(calendar, day.today());
    }

    /** The calendar's time of day on one fixed day. */
    static final class OnOneDay extends Clock {

        private final Clock calendar;
        private final LocalDate day;

        OnOneDay(Clock calendar, LocalDate day) {
            this.calendar = calendar;
            this.day = day;
        }

        @Override
        public ZoneId getZone() {
            return calendar.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new OnOneDay(calendar.withZone(zone), day);
        }

        @Override
        public Instant instant() {
            return day.atTime(LocalTime.now(calendar)).atZone(calendar.getZone()).toInstant();
        }
    }
}
