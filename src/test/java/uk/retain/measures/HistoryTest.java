package uk.retain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The "History" rule of measures.md, measure by measure, at each of its boundaries. */
class HistoryTest {

    private static final LocalDate H = LocalDate.of(2022, 10, 1);

    private static Map<String, Object> measures() {
        Map<String, Object> m = new HashMap<>();
        m.put("inpost_fte", 10.0);
        m.put("leavers_headcount", 2);
        m.put("children_with_3_plus_workers", 4);
        m.put("agency_spend", 100.0);
        m.put("leaving_reasons", Map.of("pay", 1));
        m.put("stability_index_percent", 90.0);
        m.put("programme_retention_percent", 50.0);
        m.put("supervision_due_headcount", 7);
        return m;
    }

    private static Map<String, Object> applied(LocalDate historyFrom, LocalDate date) {
        Map<String, Object> m = measures();
        History.apply(historyFrom, date, m);
        return m;
    }

    @Test
    void withoutHistoryFromNothingIsAssumed() {
        assertThat(applied(null, LocalDate.of(2000, 9, 30))).isEqualTo(measures());
    }

    @Test
    void beforeHistoryFromEveryMeasureIsNull() {
        assertThat(applied(H, H.minusDays(1)).values()).containsOnlyNulls();
    }

    @Test
    void onHistoryFromOnlyTheMeasuresOfTheDayAreGiven() {
        Map<String, Object> m = applied(H, H);

        assertThat(m).containsEntry("inpost_fte", 10.0).containsEntry("supervision_due_headcount", 7)
                .containsEntry("leavers_headcount", null).containsEntry("children_with_3_plus_workers", null)
                .containsEntry("agency_spend", null).containsEntry("leaving_reasons", null)
                .containsEntry("stability_index_percent", null).containsEntry("programme_retention_percent", null);
    }

    @Test
    void aYearThatStartsOnHistoryFromIsGiven() {
        // The year ending 2023-09-30 starts on 2022-10-01 = H.
        Map<String, Object> m = applied(H, LocalDate.of(2023, 9, 30));

        assertThat(m).containsEntry("leavers_headcount", 2).containsEntry("agency_spend", 100.0)
                .containsEntry("leaving_reasons", Map.of("pay", 1))
                // D - 1 year = 2022-09-30, before H
                .containsEntry("stability_index_percent", null);
        assertThat(applied(H, LocalDate.of(2023, 9, 29))).containsEntry("leavers_headcount", null);
    }

    @Test
    void stabilityNeedsHistoryFromByOneYearBefore() {
        assertThat(applied(H, LocalDate.of(2023, 10, 1))).containsEntry("stability_index_percent", 90.0)
                .containsEntry("programme_retention_percent", null);
    }

    @Test
    void programmeRetentionNeedsHistoryFromByTwoYearsBefore() {
        assertThat(applied(H, LocalDate.of(2024, 9, 30))).containsEntry("programme_retention_percent", null);
        assertThat(applied(H, LocalDate.of(2024, 10, 1))).containsEntry("programme_retention_percent", 50.0);
    }

    @Test
    void aLeapDayHistoryFromUsesCalendarYears() {
        // 2025-02-28 minus 1 year is 2024-02-28, before a history from 2024-02-29.
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(applied(leap, LocalDate.of(2025, 2, 28))).containsEntry("stability_index_percent", null)
                .containsEntry("leavers_headcount", 2);
    }
}
