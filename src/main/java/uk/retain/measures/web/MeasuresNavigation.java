package uk.retain.measures.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The teams and their measures in the service navigation. */
@Component
class MeasuresNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(TEAMS_AND_CASELOADS, 10, "/teams", "nav.teams", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
