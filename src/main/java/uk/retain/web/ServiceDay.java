package uk.retain.web;

import java.time.LocalDate;

/**
 * A day the service takes to be today in place of the calendar's. The demo council's history ends on a fixed day
 * ({@code CouncilSize.DEMO}), so the demo is set on that day: its supervision dates, queues and programmes read as
 * they would on it, instead of as a month or a year with nothing recorded. A real installation has none.
 */
public interface ServiceDay {

    LocalDate today();
}
