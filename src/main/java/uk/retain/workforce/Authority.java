package uk.retain.workforce;

import java.time.LocalDate;

/**
 * A local authority, by its DfE 3-digit number ({@code 999} is reserved for test and demo data).
 *
 * @param regionCode ONS region code such as {@code E12000006}, or null
 * @param historyFrom the first day from which the register's history is complete, or null when the bundle does not
 *     say (measures.md, "History")
 */
public record Authority(String laCode, String name, String regionCode, LocalDate historyFrom) {

    public Authority(String laCode, String name, String regionCode) {
        this(laCode, name, regionCode, null);
    }
}
