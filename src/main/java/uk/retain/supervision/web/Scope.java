package uk.retain.supervision.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import uk.retain.people.Viewer;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/** The register a supervision page reads, and the teams a worker is in on a day (for the viewer's scope). */
final class Scope {

    private Scope() {
    }

    /** The viewer's authority's register; none held (or no authority) is a 404. */
    static Register held(Registers registers, Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
    }

    /** The teams of the worker's employment rows in force on the day (as the worker pages decide scope). */
    static Set<String> teamsOn(Register register, String workerId, LocalDate day) {
        return register.employments().stream().filter(row -> row.workerId().equals(workerId) && row.inForceOn(day))
                .map(Employment::teamId).collect(Collectors.toCollection(TreeSet::new));
    }
}
