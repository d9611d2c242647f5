package uk.retain.caseload.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** A social worker's own caseload, continuity and the caseload policy in the service navigation. */
@Component
class CaseloadNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(MY_WORK, 10, "/my-caseload", "nav.myCaseload", Set.of(SOCIAL_WORKER)),
                new NavigationLink(TEAMS_AND_CASELOADS, 30, "/continuity", "nav.continuity", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)),
                new NavigationLink(TEAMS_AND_CASELOADS, 40, "/caseload-policy", "nav.caseloadPolicy", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
