package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.retain.agency.MixTargets;

/**
 * The demo council's target path for its permanent/agency mix, which it is behind on: about 85% permanent in March
 * 2025 (where it was), 95% by 30 September 2026 and 97% by 31 March 2027; it reached about 91% by September 2026.
 * Set by "the demo's HR" when the demo is loaded, as a council's HR would set it on the spend and mix page.
 */
final class DemoMixTarget {

    static final List<MixTargets.Point> PATH = List.of(
            new MixTargets.Point(LocalDate.of(2025, 3, 31), new BigDecimal("85.0")),
            new MixTargets.Point(LocalDate.of(2026, 9, 30), new BigDecimal("95.0")),
            new MixTargets.Point(LocalDate.of(2027, 3, 31), new BigDecimal("97.0")));

    private DemoMixTarget() {
    }

    static void set(MixTargets targets) {
        if (targets.of(DemoCouncil.LA_CODE).isEmpty()) {
            PATH.forEach(point -> targets.set(DemoCouncil.LA_CODE, point, "demo"));
        }
    }
}
