package uk.retain.standards.web;

import static uk.retain.people.NavigationLink.Section.OVERVIEW;
import static uk.retain.people.Role.HR;
import static uk.retain.people.Role.SENIOR_LEADER;
import static uk.retain.people.Role.WORKFORCE_LEAD;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The health check in the service navigation, beside the dashboard. */
@Component
class StandardsNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(OVERVIEW, 20, "/employer-standards", "nav.employerStandards",
                Set.of(WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
