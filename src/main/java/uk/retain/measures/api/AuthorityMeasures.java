package uk.retain.measures.api;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.workforce.Registers;

/**
 * The measures of the registers held, each prepared once per import version. Pages of other modules (the
 * dashboard) use it too, hence its named interface.
 */
@Service
@org.springframework.modulith.NamedInterface("authority-measures")
public class AuthorityMeasures {

    private final Registers registers;
    private final ConcurrentHashMap<String, Prepared> prepared = new ConcurrentHashMap<>();

    AuthorityMeasures(Registers registers) {
        this.registers = registers;
    }

    /** The measures of the authority's current register, or empty when it is not held. */
    public Optional<WorkforceMeasures> of(String laCode) {
        return all(laCode).map(RegisterMeasures::core);
    }

    /** Every measure of the authority's current register (the JSON the API gives), or empty when it is not held. */
    public Optional<RegisterMeasures> all(String laCode) {
        return current(laCode).map(Current::measures);
    }

    /**
     * The same with the register's version, which keys the API's answers. The version is read from the database
     * on every call ({@link Registers#find}), so an import or allocation on another node is seen at once; the
     * measures are prepared only when it has changed.
     */
    Optional<Current> current(String laCode) {
        return registers.find(laCode).map(stored -> {
            Prepared held = prepared.get(laCode);
            if (held == null || held.version != stored.version()) {
                held = prepared.compute(laCode, (code, now) -> now != null && now.version == stored.version() ? now
                        : new Prepared(stored.version(), RegisterMeasures.of(stored.register())));
            }
            return new Current(held.version, held.measures);
        });
    }

    /** An authority's measures as prepared for one version of its register. */
    record Current(long version, RegisterMeasures measures) {
    }

    private record Prepared(long version, RegisterMeasures measures) {
    }
}
