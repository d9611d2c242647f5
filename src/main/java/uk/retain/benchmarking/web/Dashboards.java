package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import uk.retain.measures.WorkforceMeasures;

/**
 * The dashboards already worked out, for each authority's measures as prepared for one version of its register
 * ({@link uk.retain.measures.api.AuthorityMeasures} prepares them once per version): a dashboard is aggregates only,
 * the same for every viewer who gets the same figures, and drawing its charts costs most of the page. A new version
 * of the register (an import, an allocation) has new measures, and the authority's dashboards are worked out again.
 */
@Component
class Dashboards {

    /**
     * What one dashboard is worked out from, besides the measures: the date, the dates the register covers (which
     * move with today), whether the caseload histogram is shown, whether small numbers are suppressed, the locale.
     */
    private record Key(LocalDate reference, List<LocalDate> covered, boolean personRows, boolean suppressed, Locale locale) {
    }

    /** One authority's dashboards, for the measures they were worked out from. */
    private record Held(WorkforceMeasures measures, Map<Key, Dashboard> dashboards) {
    }

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    Dashboard of(WorkforceMeasures measures, LocalDate reference, List<LocalDate> covered, boolean personRows,
            boolean suppressed, Locale locale, Supplier<Dashboard> workOut) {
        String laCode = measures.register().authority().laCode();
        // The same measures object is the same version of the register: compared by identity, not by value.
        Held current = held.compute(laCode, (code, was) -> was != null && was.measures() == measures ? was
                : new Held(measures, new ConcurrentHashMap<>()));
        return current.dashboards().computeIfAbsent(new Key(reference, List.copyOf(covered), personRows, suppressed, locale),
                key -> workOut.get());
    }
}
