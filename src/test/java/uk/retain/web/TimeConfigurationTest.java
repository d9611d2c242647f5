package uk.retain.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class TimeConfigurationTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Test
    void withNoServiceDayTheClockIsTheCalendars() {
        Clock clock = new TimeConfiguration().clock(new StaticListableBeanFactory().getBeanProvider(ServiceDay.class));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(ENGLAND));
        assertThat(clock.getZone()).isEqualTo(ENGLAND);
    }

    @Test
    void aServiceDayKeepsTodayOnThatDayWhileTheTimeOfDayRunsOn() {
        LocalDate day = LocalDate.of(2026, 10, 31);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("day", (ServiceDay) () -> day);
        Clock clock = new TimeConfiguration().clock(beans.getBeanProvider(ServiceDay.class));

        assertThat(LocalDate.now(clock)).isEqualTo(day);
        assertThat(ReferenceDate.of(null, clock)).isEqualTo(day);
        assertThat(ReferenceDate.of("2025-03-31", clock)).isEqualTo(LocalDate.of(2025, 3, 31));
        LocalTime before = LocalTime.now(ENGLAND);
        LocalTime onTheDay = LocalTime.now(clock);
        LocalTime after = LocalTime.now(ENGLAND);
        if (!after.isBefore(before)) { // unless midnight passed between the readings
            assertThat(onTheDay).isBetween(before.withNano(0), after.plusSeconds(1));
        }
    }

    @Test
    void onOneDayInAnotherZoneIsStillThatDayThere() {
        Clock calendar = Clock.fixed(Instant.parse("2026-12-02T23:30:00Z"), ENGLAND);
        Clock clock = new TimeConfiguration.OnOneDay(calendar, LocalDate.of(2026, 10, 31));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 30));
        // At 01:30 on 3 December two hours east of London, the day there is still the fixed day.
        assertThat(LocalDateTime.now(clock.withZone(ZoneOffset.ofHours(2)))).isEqualTo(LocalDateTime.of(2026, 10, 31, 1, 30));
    }
}
