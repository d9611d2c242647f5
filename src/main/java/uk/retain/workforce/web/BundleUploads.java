package uk.retain.workforce.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.people.Viewer;
import uk.retain.web.UploadedFileName;
import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;

/**
 * An uploaded bundle into the viewer's authority, the same way from the import page and from the API: all or
 * nothing, into the viewer's own authority only, and every attempt, refused or not, in the audit trail.
 */
@Component
class BundleUploads {

    /** What became of an upload. */
    sealed interface Outcome {
    }

    /** The bundle replaced the authority's register. */
    record Imported(StoredRegister stored) implements Outcome {
    }

    /** The bundle breaks the format: nothing changed. */
    record Invalid(List<Problem> problems) implements Outcome {
    }

    /** The bundle is another authority's: nothing changed, as nothing crosses authorities. */
    record OtherAuthority(String laCode) implements Outcome {
    }

    /** As many imports as the service allows at once are under way: nothing was read; try again shortly. */
    record Busy() implements Outcome {
    }

    private final Registers registers;
    private final AuditTrail audit;
    private final BundleLimits limits;
    /** Imports at once: each may hold its unpacked bundle in memory, so their number is what bounds the memory. */
    private final Semaphore imports;

    BundleUploads(Registers registers, AuditTrail audit,
            @Value("${retain.import.max-file-mb:256}") long maxFileMegabytes,
            @Value("${retain.import.max-bundle-mb:512}") long maxBundleMegabytes,
            @Value("${retain.import.problems-per-column:100}") int problemsPerColumn,
            @Value("${retain.import.at-once:1}") int atOnce) {
        this.registers = registers;
        this.audit = audit;
        this.limits = BundleLimits.ofMegabytes(maxFileMegabytes, maxBundleMegabytes).withProblemsPerColumn(problemsPerColumn);
        this.imports = new Semaphore(atOnce);
    }

    Outcome upload(Viewer viewer, MultipartFile bundle) throws IOException {
        if (!imports.tryAcquire()) {
            return new Busy();
        }
        try {
            return importOne(viewer, bundle);
        } finally {
            imports.release();
        }
    }

    private Outcome importOne(Viewer viewer, MultipartFile bundle) throws IOException {
        String name = UploadedFileName.of(bundle, "bundle.zip");
        Register register;
        try {
            register = Bundles.readZip(name, bundle.getBytes(), limits);
        } catch (InvalidBundleException e) {
            audit.record(viewer, Action.IMPORT, "bundle", name, "refused: " + e.problems().size() + " problem(s)");
            return new Invalid(e.problems());
        }
        String laCode = register.authority().laCode();
        if (!laCode.equals(viewer.laCode())) {
            audit.record(viewer, Action.IMPORT, "bundle", name, "refused: for authority " + laCode);
            return new OtherAuthority(laCode);
        }
        StoredRegister stored = registers.replace(register,
                version -> audit.record(viewer, Action.IMPORT, "bundle", name, "version " + version));
        return new Imported(stored);
    }
}
