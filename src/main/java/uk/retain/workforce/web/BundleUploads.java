package uk.retain.workforce.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.web.UploadedFileName;
import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.RegisterChangedException;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;
import uk.retain.workforce.ReplaceRetain;
import uk.retain.workforce.web.PendingImports.Pending;

/**
 * An uploaded bundle into the viewer's authority, the same way from the import page and from the API: all or
 * nothing, into the viewer's own authority only, checked first for what it would change, never ending an
 * allocation made in Retain or dropping a supervision session recorded there unless the viewer says so, and every attempt, refused or not, in the audit trail.
 *
 * <p>The page checks an upload ({@link #check}), holds it ({@link PendingImports}) and imports it when the
 * administrator confirms ({@link #confirm}); the API checks and imports in one call ({@link #upload}). Either way
 * the import is written only if the register is still at the version it was checked against: an allocation made
 * in between is shown, never lost unseen.
 */
@Component
public class BundleUploads {

    /** What became of the page's upload ({@link #check}). */
    public sealed interface Checking {
    }

    /** What became of the page's confirmation ({@link #confirm}). */
    public sealed interface Confirming {
    }

    /** What became of the API's upload ({@link #upload}). */
    public sealed interface Uploading {
    }

    /** The bundle replaced the authority's register, as {@code preview} showed. */
    public record Imported(StoredRegister stored, ImportPreview preview) implements Confirming, Uploading {
    }

    /** The bundle breaks the format: nothing changed. */
    public record Invalid(List<Problem> problems) implements Checking, Uploading {
    }

    /** The bundle is another authority's: nothing changed, as nothing crosses authorities. */
    public record OtherAuthority(String laCode) implements Checking, Uploading {
    }

    /** As many imports as the service allows at once are under way: nothing was read; try again shortly. */
    public record Busy() implements Checking, Confirming, Uploading {
    }

    /** The page's upload, checked and held until the administrator confirms it. */
    record Checked(Pending pending) implements Checking {
    }

    /** What the bundle would change; nothing was written (the API's {@code dry_run}). */
    public record DryRun(ImportPreview preview) implements Uploading {
    }

    /**
     * The bundle lacks what was made in Retain (allocations, supervision sessions), and the viewer did not say to
     * remove every kind of it: nothing was written.
     */
    public record RemovesMadeInRetain(ImportPreview preview) implements Confirming, Uploading {
    }

    /** No upload of the viewer's is held under the token: it expired, was replaced, was imported, or never was. */
    record Expired() implements Confirming {
    }

    /** The register changed after the upload was checked: checked again, nothing written; the viewer looks again. */
    record Changed(Pending pending) implements Confirming {
    }

    /** A bundle read: its register, or why it was refused. */
    private record Read(Register register, Invalid invalid, OtherAuthority otherAuthority) {
    }

    /** How often the API checks again when allocations keep arriving during an import. */
    private static final int ATTEMPTS = 3;

    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final PendingImports pending;
    private final BundleLimits limits;
    /** Imports at once: each may hold its unpacked bundle in memory, so their number is what bounds the memory. */
    private final Semaphore imports;

    BundleUploads(Registers registers, ApplicationEventPublisher events, PendingImports pending,
            @Value("${retain.import.max-file-mb:64}") long maxFileMegabytes,
            @Value("${retain.import.max-bundle-mb:128}") long maxBundleMegabytes,
            @Value("${retain.import.problems-per-column:100}") int problemsPerColumn,
            @Value("${retain.import.at-once:1}") int atOnce) {
        this.registers = registers;
        this.events = events;
        this.pending = pending;
        this.limits = BundleLimits.ofMegabytes(maxFileMegabytes, maxBundleMegabytes).withProblemsPerColumn(problemsPerColumn);
        this.imports = new Semaphore(atOnce);
    }

    /** The page's upload: read, checked against the register and held for the viewer to confirm. Writes nothing. */
    Checking check(Viewer viewer, MultipartFile bundle) throws IOException {
        if (!imports.tryAcquire()) {
            return new Busy();
        }
        try {
            String name = UploadedFileName.of(bundle, "bundle.zip");
            Read read = read(viewer, name, bundle);
            if (read.register() == null) {
                return read.invalid() != null ? read.invalid() : read.otherAuthority();
            }
            return new Checked(pending.hold(viewer, name, read.register(), registers.preview(read.register())));
        } finally {
            imports.release();
        }
    }

    /** The viewer's upload held under {@code token}, when there is one. */
    java.util.Optional<Pending> held(Viewer viewer, String token) {
        return pending.find(viewer, token);
    }

    /**
     * Imports the viewer's held upload as its check showed, if the register has not changed since; ending the
     * allocations made and supervision sessions recorded in Retain that it lacks only when {@code replace} says so.
     */
    public Confirming confirm(Viewer viewer, String token, ReplaceRetain replace) {
        Pending held = pending.find(viewer, token).orElse(null);
        if (held == null) {
            return new Expired();
        }
        if (!held.preview().confirmedBy(replace)) {
            return new RemovesMadeInRetain(held.preview());
        }
        if (!imports.tryAcquire()) {
            return new Busy();
        }
        try {
            StoredRegister stored = registers.replace(held.register(), held.preview().version(),
                    recorded(viewer, held.fileName(), held.preview()));
            pending.drop(held);
            return new Imported(stored, held.preview());
        } catch (RegisterChangedException e) {
            return new Changed(pending.recheck(held, registers.preview(held.register())));
        } finally {
            imports.release();
        }
    }

    /**
     * The API's upload: read and checked, then (unless {@code dryRun}) imported in the same call; refused when it
     * would remove what was made in Retain (allocations, supervision sessions, recorded rows) and {@code replace} does not say to.
     */
    public Uploading upload(Viewer viewer, MultipartFile bundle, boolean dryRun, ReplaceRetain replace) throws IOException {
        if (!imports.tryAcquire()) {
            return new Busy();
        }
        try {
            String name = UploadedFileName.of(bundle, "bundle.zip");
            Read read = read(viewer, name, bundle);
            if (read.register() == null) {
                return read.invalid() != null ? read.invalid() : read.otherAuthority();
            }
            Register register = read.register();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                ImportPreview preview = registers.preview(register);
                if (dryRun) {
                    return new DryRun(preview);
                }
                if (!preview.confirmedBy(replace)) {
                    events.publishEvent(Audited.of(viewer, Action.IMPORT, "bundle", name, "refused: would " + preview.lostUnconfirmed(replace)));
                    return new RemovesMadeInRetain(preview);
                }
                try {
                    return new Imported(registers.replace(register, preview.version(), recorded(viewer, name, preview)), preview);
                } catch (RegisterChangedException e) {
                    // An allocation arrived between the check and the import: check again, so it is never lost unseen.
                }
            }
            return new Busy();
        } finally {
            imports.release();
        }
    }

    /** The bundle read, when it is valid and the viewer's own authority's; refused (and audited) otherwise. */
    private Read read(Viewer viewer, String name, MultipartFile bundle) throws IOException {
        Register register;
        try {
            register = Bundles.readZip(name, bundle.getBytes(), limits);
        } catch (InvalidBundleException e) {
            events.publishEvent(Audited.of(viewer, Action.IMPORT, "bundle", name, "refused: " + e.problems().size() + " problem(s)"));
            return new Read(null, new Invalid(e.problems()), null);
        }
        String laCode = register.authority().laCode();
        if (!laCode.equals(viewer.laCode())) {
            events.publishEvent(Audited.of(viewer, Action.IMPORT, "bundle", name, "refused: for authority " + laCode));
            return new Read(null, null, new OtherAuthority(laCode));
        }
        return new Read(register, null, null);
    }

    /** The import's audit record, written in the import's transaction. */
    private LongConsumer recorded(Viewer viewer, String name, ImportPreview preview) {
        String removed = preview.removedForAudit();
        return version -> events.publishEvent(Audited.of(viewer, Action.IMPORT, "bundle", name, "version " + version + removed));
    }
}
