package uk.retain.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import uk.retain.agency.AgencyRateCapsFile;
import uk.retain.agency.RateCap;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The cross-border checks of a region from both its sources: the registers of the region's councils this service
 * holds, their SWE numbers hashed with the region's key ({@link RegionKey}), and each other council's latest imported
 * return ({@link RegionalReturns}) made with the same key.
 */
@Service
public class RegionalChecks {

    /** A council the checks read: held here, or by its latest imported return. */
    public record Source(String laCode, String name, boolean held, LocalDate referenceDate, boolean matched) {
    }

    /** The checks, with the councils they read and their names by la_code. */
    public record Checks(List<Source> sources, CrossBorder.Result result, Map<String, String> names) {
    }

    private final Registers registers;
    private final RegionalReturns returns;
    private final RegionKey key;

    RegionalChecks(Registers registers, RegionalReturns returns, RegionKey key) {
        this.registers = registers;
        this.returns = returns;
        this.key = key;
    }

    /** The region's checks up to {@code today}. */
    public Checks of(String regionCode, LocalDate today) {
        List<WorkerEvent> events = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<RateCap> caps = new LinkedHashSet<>();
        Set<String> held = new LinkedHashSet<>();
        for (Authority authority : registers.authorities()) {
            if (!regionCode.equals(authority.regionCode())) {
                continue;
            }
            Register register = registers.find(authority.laCode()).orElseThrow().register();
            held.add(authority.laCode());
            events.addAll(WorkerEvents.of(register, key.hashes(), today));
            caps.addAll(register.rows(AgencyRateCapsFile.class));
            sources.add(new Source(authority.laCode(), authority.name(), true, today, true));
            names.put(authority.laCode(), authority.name());
        }
        String keyCheck = key.hashes().keyCheck();
        for (RegionalReturns.Imported imported : returns.latest(regionCode)) {
            if (held.contains(imported.laCode())) {
                continue;
            }
            boolean matched = key.configured() && imported.keyCheck().equals(keyCheck);
            if (matched) {
                events.addAll(returns.events(imported.id(), imported.laCode()));
            }
            sources.add(new Source(imported.laCode(), imported.council(), false, imported.referenceDate(), matched));
            names.put(imported.laCode(), imported.council());
        }
        return new Checks(List.copyOf(sources), CrossBorder.of(events, regionCode, List.copyOf(caps)), names);
    }
}
