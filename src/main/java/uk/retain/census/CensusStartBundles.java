package uk.retain.census;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.retain.census.CensusStarts.CensusStart;
import uk.retain.census.CensusStarts.StartNote;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Registers;

/**
 * The starting bundle of an uploaded census return, as the census page offers it (decision 0035): read, turned into a
 * register and written as a bundle zip for the officer to import through the import page's preview. Nothing is put in
 * the register here; the return must be the viewer's own authority's, and reading it and downloading its bundle are
 * audited as the census export is.
 */
@Service
public class CensusStartBundles {

    private final Registers registers;
    private final ApplicationEventPublisher events;

    CensusStartBundles(Registers registers, ApplicationEventPublisher events) {
        this.registers = registers;
        this.events = events;
    }

    /** What became of an upload. */
    public sealed interface Outcome {
    }

    /** Not well-formed XML: nothing read. */
    public record NotAReturn(int line, String message) implements Outcome {
    }

    /** No authority or no date: no register can start from it. */
    public record Refused(List<StartNote> notes) implements Outcome {
    }

    /** Another authority's return: a bundle crosses no authorities, as an import does not. */
    public record OtherAuthority(String lea) implements Outcome {
    }

    /**
     * The starting bundle: the return as read, what it could not carry, the bundle's zip, and whether the authority
     * already has a register (which importing the bundle would replace, after the import preview).
     */
    public record Started(CensusXmlReader.Read read, CensusStart start, byte[] zip, boolean registerHeld) implements Outcome {
    }

    /** Reads the return {@code xml} uploaded by {@code viewer} and makes its starting bundle. */
    public Outcome start(Viewer viewer, String name, byte[] xml) {
        CensusXmlReader.Read read;
        try {
            read = CensusXmlReader.read(xml);
        } catch (InvalidReturnException e) {
            return new NotAReturn(e.line(), e.getMessage());
        }
        CensusStart start = CensusStarts.of(read);
        if (start.refused()) {
            return new Refused(start.notes());
        }
        String lea = start.register().authority().laCode();
        if (!lea.equals(viewer.laCode())) {
            return new OtherAuthority(lea);
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            BundleWriter.writeZip(start.register(), zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "census", lea, "census return " + name + " for 30 September " + read.census().year().year()
                + " read to start a register, " + read.census().workers().size() + " worker record(s), "
                + start.recordsLeftOut() + " left out"));
        return new Started(read, start, zip.toByteArray(), registers.find(lea).isPresent());
    }

    /** Records a download of a starting bundle (it holds the return's personal details). */
    public void exported(Viewer viewer, String lea, int year, int workers) {
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "census", lea, "starting bundle of the census return for 30 September " + year
                + " from the census page, " + workers + " worker(s)"));
    }
}
