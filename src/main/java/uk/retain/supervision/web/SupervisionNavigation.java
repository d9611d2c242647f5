package uk.retain.supervision.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The supervision pages in the service navigation. */
@Component
class SupervisionNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(MY_WORK, 20, "/my-supervision", "nav.mySupervision", Set.of(SOCIAL_WORKER)),
                new NavigationLink(SUPERVISION, 30, "/supervision/record", "nav.recordSupervision", Set.of(TEAM_MANAGER)),
                new NavigationLink(SUPERVISION, 10, "/supervision/overdue", "nav.supervisionOverdue", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR)),
                new NavigationLink(SUPERVISION, 20, "/supervision/compliance", "nav.supervisionCompliance", Set.of(WORKFORCE_LEAD, HR, SENIOR_LEADER)),
                new NavigationLink(SUPERVISION, 40, "/supervision-policy", "nav.supervisionPolicy", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
