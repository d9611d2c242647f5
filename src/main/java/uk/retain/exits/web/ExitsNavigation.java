package uk.retain.exits.web;

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

/** Leaving, exit interviews and the staff survey in the service navigation. */
@Component
class ExitsNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(LEAVING_AND_STAYING, 10, "/leaving", "nav.leaving", Set.of(WORKFORCE_LEAD, HR, SENIOR_LEADER)),
                new NavigationLink(LEAVING_AND_STAYING, 20, "/leaving/interviews/record", "nav.recordExitInterview", Set.of(HR)),
                new NavigationLink(LEAVING_AND_STAYING, 30, "/staff-survey", "nav.staffSurvey", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)));
    }
}
