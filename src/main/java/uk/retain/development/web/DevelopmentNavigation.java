package uk.retain.development.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The early-career programme pages in the service navigation. */
@Component
class DevelopmentNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(MY_WORK, 30, "/my-programme", "nav.myProgramme", Set.of(SOCIAL_WORKER)),
                new NavigationLink(DEVELOPMENT, 10, "/programmes", "nav.programmes", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
