package uk.retain.development;

import java.time.LocalDate;

import uk.retain.workforce.Coded;

/** How this module's files write a cell back: the format's text, or null for an empty cell. */
final class Written {

    private Written() {
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String code(Coded code) {
        return code == null ? null : code.code();
    }
}
