package uk.retain.census;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Registers;

/**
 * The census return of an authority's stored register, as the page and the API offer it: built, checked and
 * validated against the schema; the XML is given only when both pass, and every download is audited.
 */
@Service
public class CensusExports {

    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CensusExports(Registers registers, ApplicationEventPublisher events, Clock clock) {
        this.registers = registers;
        this.events = events;
        this.clock = clock;
    }

    /** A return with its checks, its XML and the schema's errors: offered only when {@link #offered()}. */
    public record Checked(CensusReturn census, List<CensusFinding> findings, byte[] xml, List<CensusXml.SchemaError> schemaErrors) {

        public boolean offered() {
            return CensusChecks.passes(findings) && schemaErrors.isEmpty();
        }

        public List<CensusFinding> blocking() {
            return findings.stream().filter(CensusFinding::blocking).toList();
        }
    }

    /** The return of the authority's stored register for the year, or empty when no register is held. */
    public Optional<Checked> of(String laCode, CensusYear year) {
        return registers.find(laCode).map(stored -> {
            CensusReturn census = CensusReturns.of(stored.register(), year, Instant.now(clock));
            byte[] xml = CensusXml.write(census);
            return new Checked(census, CensusChecks.of(census), xml, CensusXml.validate(xml));
        });
    }

    /** Records a download of the return (it holds a record about each worker). */
    public void exported(Viewer viewer, Checked checked, String how) {
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "census", checked.census().lea(), "census return for 30 September "
                + checked.census().year().year() + " " + how + ", " + checked.census().workers().size() + " worker record(s)"));
    }

    /** Records a view of the checks (they name workers). */
    public void viewed(Viewer viewer, Checked checked) {
        events.publishEvent(Audited.of(viewer, Action.VIEW, "census", checked.census().lea(), "census checks for 30 September "
                + checked.census().year().year() + ", " + checked.findings().size() + " finding(s)"));
    }
}
