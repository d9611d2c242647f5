package uk.retain.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A continuing professional development activity of a worker (a row of development.csv).
 *
 * @param hours more than 0 and at most 100
 * @param kss the Knowledge and Skills Statements it covers, in the file's order; empty when none is given
 * @param title free text, or null
 */
public record DevelopmentActivity(String workerId, LocalDate date, Activity activity, BigDecimal hours,
        List<KssStatement> kss, String title) {

    public DevelopmentActivity {
        kss = List.copyOf(kss);
    }
}
