package uk.retain.agency.web;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/** Who sees the agency pages (HR and senior leaders: pay included) and who changes them (HR). */
final class AgencyAccess {

    static final Set<Role> SEE = Set.of(Role.HR, Role.SENIOR_LEADER);

    private AgencyAccess() {
    }

    static boolean sees(Viewer viewer) {
        return viewer.laCode() != null && SEE.contains(viewer.role());
    }

    static boolean records(Viewer viewer) {
        return viewer.laCode() != null && viewer.role() == Role.HR;
    }

    static void requireSees(Viewer viewer) {
        if (!sees(viewer)) {
            throw new AccessDeniedException("agency figures and pay are for HR and senior leaders");
        }
    }

    static void requireRecords(Viewer viewer) {
        if (!records(viewer)) {
            throw new AccessDeniedException("HR records agency engagements and sets the mix target");
        }
    }

    static Register held(Registers registers, Viewer viewer) {
        return registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
    }
}
