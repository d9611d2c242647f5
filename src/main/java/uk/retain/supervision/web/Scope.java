package uk.retain.supervision.web;

import java.util.Optional;

import uk.retain.people.Viewer;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/** The register a supervision page reads. */
final class Scope {

    private Scope() {
    }

    /** The viewer's authority's register; none held (or no authority) is a 404. */
    static Register held(Registers registers, Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
    }
}
