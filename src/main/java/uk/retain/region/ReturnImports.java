package uk.retain.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.workforce.Registers;

/**
 * A regional return brought to the hub by its regional analyst, the page's and the API's alike: read and checked
 * whole ({@link RegionalReturnFile}), then for this hub (the analyst's region; a council not held here, whose register
 * would be read directly), and the earlier return it would replace found before anything is stored.
 */
@Component
public class ReturnImports {

    /** A return checked: its problems (then nothing is stored), or the return and the one it would replace. */
    public record Checked(RegionalReturn read, List<InvalidReturnException.Problem> problems, Optional<RegionalReturns.Imported> replaces) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The largest return taken: a large council's four years of events are well under it. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private final RegionalReturns returns;
    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReturnImports(RegionalReturns returns, Registers registers, ApplicationEventPublisher events, Clock clock) {
        this.returns = returns;
        this.registers = registers;
        this.events = events;
        this.clock = clock;
    }

    public Checked check(Viewer viewer, String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return refused("", "is larger than " + MAX_BYTES / (1024 * 1024) + " MB: no regional return is that large");
        }
        RegionalReturn read;
        try {
            read = RegionalReturnFile.read(fileName, bytes);
        } catch (InvalidReturnException e) {
            return new Checked(null, e.problems(), Optional.empty());
        }
        List<InvalidReturnException.Problem> problems = new ArrayList<>();
        String region = viewer.account().regionCode();
        if (!read.regionCode().equals(region)) {
            problems.add(new InvalidReturnException.Problem("/region_code",
                    "is " + read.regionCode() + ", but this hub is the region " + region + "'s"));
        }
        if (registers.authorities().stream().anyMatch(authority -> authority.laCode().equals(read.laCode()))) {
            problems.add(new InvalidReturnException.Problem("/la_code", "is " + read.laCode()
                    + ", a council whose register this service holds: its figures are read from the register, not from a return"));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems, Optional.empty());
        }
        return new Checked(read, List.of(), returns.find(read.laCode(), read.referenceDate()));
    }

    /** Stores a checked return, replacing the earlier one of its council and day, and records the import. */
    public RegionalReturns.Imported store(Viewer viewer, RegionalReturn read) {
        Optional<RegionalReturns.Imported> replaced = returns.store(read, viewer.account().username(), clock.instant());
        events.publishEvent(Audited.of(viewer, Audited.Action.IMPORT, "regional_return", read.laCode(), "the regional return of " + read.council()
                + " on " + read.referenceDate() + (replaced.isPresent() ? ", replacing the one imported " + replaced.get().importedAt() : "")));
        return returns.find(read.laCode(), read.referenceDate()).orElseThrow();
    }

    private static Checked refused(String pointer, String message) {
        return new Checked(null, List.of(new InvalidReturnException.Problem(pointer, message)), Optional.empty());
    }
}
