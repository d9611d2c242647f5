package uk.retain.planning;

import java.util.Optional;
import java.util.Set;

import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/** Who may see an authority's plan (the workforce lead and senior leaders of it) and who may change its scenarios. */
public final class PlanScope {

    public static final Set<Role> READERS = Set.of(Role.WORKFORCE_LEAD, Role.SENIOR_LEADER);

    private PlanScope() {
    }

    public static boolean reads(Viewer viewer, String laCode) {
        return laCode != null && laCode.equals(viewer.laCode()) && READERS.contains(viewer.role());
    }

    /** Senior leaders read; only the workforce lead saves or removes scenarios. */
    public static boolean changes(Viewer viewer, String laCode) {
        return laCode != null && laCode.equals(viewer.laCode()) && viewer.role() == Role.WORKFORCE_LEAD;
    }

    /** The authority's register when it is the viewer's own and held. */
    public static Optional<Register> own(Registers registers, Viewer viewer, String laCode) {
        if (laCode == null || !laCode.equals(viewer.laCode())) {
            return Optional.empty();
        }
        return registers.find(laCode).map(Registers.StoredRegister::register);
    }
}
