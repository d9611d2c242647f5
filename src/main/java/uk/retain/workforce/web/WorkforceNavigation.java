package uk.retain.workforce.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The register's pages in the service navigation: teams, workers, a social worker's own caseload, the import. */
@Component
class WorkforceNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(MY_WORK, 10, "/my-caseload", "nav.myCaseload", Set.of(SOCIAL_WORKER)),
                new NavigationLink(TEAMS_AND_CASELOADS, 10, "/teams", "nav.teams", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)),
                new NavigationLink(TEAMS_AND_CASELOADS, 20, "/workers", "nav.workers", Set.of(WORKFORCE_LEAD, HR)),
                new NavigationLink(ADMINISTRATION, 10, "/import", "nav.import", Set.of(ADMINISTRATOR)));
    }
}
