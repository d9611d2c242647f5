package uk.retain.signals.web;

import static uk.retain.people.NavigationLink.Section.LEAVING_AND_STAYING;
import static uk.retain.people.Role.HR;
import static uk.retain.people.Role.SENIOR_LEADER;
import static uk.retain.people.Role.TEAM_MANAGER;
import static uk.retain.people.Role.WORKFORCE_LEAD;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The risk signals in the service navigation: by worker for their managers, counted by team for leaders. */
@Component
class SignalsNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(LEAVING_AND_STAYING, 40, "/signals", "nav.signals", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR)),
                new NavigationLink(LEAVING_AND_STAYING, 50, "/signals/teams", "nav.signalsByTeam", Set.of(WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
