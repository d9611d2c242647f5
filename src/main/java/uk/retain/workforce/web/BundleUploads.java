package uk.retain.workforce.web;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.people.Viewer;
import uk.retain.web.UploadedFileName;
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

    private final Registers registers;
    private final AuditTrail audit;

    BundleUploads(Registers registers, AuditTrail audit) {
        this.registers = registers;
        this.audit = audit;
    }

    Outcome upload(Viewer viewer, MultipartFile bundle) throws IOException {
        String name = UploadedFileName.of(bundle, "bundle.zip");
        Register register;
        try {
            register = Bundles.readZip(name, bundle.getBytes());
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
