package uk.retain.planning.web;

import static uk.retain.people.NavigationLink.Section.PLANNING;
import static uk.retain.people.Role.SENIOR_LEADER;
import static uk.retain.people.Role.WORKFORCE_LEAD;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The workforce plan in the service navigation. */
@Component
class PlanningNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(PLANNING, 10, "/plan", "nav.plan", Set.of(WORKFORCE_LEAD, SENIOR_LEADER)));
    }
}
