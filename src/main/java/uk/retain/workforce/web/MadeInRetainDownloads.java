package uk.retain.workforce.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.RecordedSupervision;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.RowsRecordedBeside;

/**
 * The rows made in Retain since a day, in the bundle's own file format, for the case management system to catch up:
 * the one place the import page's downloads and the API's are written and audited. A day starts at midnight in
 * England.
 */
@Component
public class MadeInRetainDownloads {

    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<RowsRecordedBeside> beside;

    MadeInRetainDownloads(Registers registers, ApplicationEventPublisher events, Clock clock, List<RowsRecordedBeside> beside) {
        this.registers = registers;
        this.beside = List.copyOf(beside);
        this.events = events;
        this.clock = clock;
    }

    /** The allocations.csv of the allocations made or ended in Retain since the day, in the viewer's authority. */
    public byte[] allocations(Viewer viewer, LocalDate since) {
        List<AllocationProvenance> changed = registers.changedInRetainSince(viewer.laCode(), startOf(since));
        byte[] csv = written(out -> BundleWriter.writeAllocations(changed.stream().map(AllocationProvenance::allocation).toList(), out));
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "allocations", BundleFile.ALLOCATIONS.fileName(),
                "made or ended in Retain since " + since + ": " + changed.size() + " row(s)"));
        return csv;
    }

    /**
     * The supervisions.csv of the sessions recorded in Retain since the day; the cases discussed are left out, as the
     * file has no such column.
     */
    public byte[] supervisions(Viewer viewer, LocalDate since) {
        List<RecordedSupervision> recorded = registers.supervisionsRecordedSince(viewer.laCode(), startOf(since));
        byte[] csv = written(out -> BundleWriter.writeSupervisions(recorded.stream().map(RecordedSupervision::session).toList(), out));
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "supervisions", BundleFile.SUPERVISIONS.fileName(),
                "recorded in Retain since " + since + ": " + recorded.size() + " row(s)"));
        return csv;
    }

    /**
     * The viewer's authority's register as Retain holds it, as a bundle .zip of the format: every file it holds, with
     * the rows made on Retain's pages (allocations, supervision sessions, exit interviews, CPD, retention payments, and
     * the agency engagements and applications kept beside the register),
     * for the systems the bundles come from to catch up and for a copy that a later import can be checked against.
     * Empty when the authority is not held.
     */
    public java.util.Optional<byte[]> bundle(Viewer viewer) {
        return registers.find(viewer.laCode()).map(stored -> {
            Register register = stored.register();
            for (RowsRecordedBeside capability : beside) {
                register = capability.withRecorded(register);
            }
            Register held = register;
            byte[] zip = written(out -> BundleWriter.writeZip(held, out));
            events.publishEvent(Audited.of(viewer, Action.EXPORT, "bundle", "bundle.zip", "version " + stored.version() + ": "
                    + (held.files().size() + held.capabilityFiles().size()) + " file(s)"));
            return zip;
        });
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] written(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
