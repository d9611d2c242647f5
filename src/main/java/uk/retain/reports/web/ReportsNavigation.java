package uk.retain.reports.web;

import static uk.retain.people.NavigationLink.Section.RETURNS_AND_REPORTS;
import static uk.retain.people.Role.SENIOR_LEADER;
import static uk.retain.people.Role.WORKFORCE_LEAD;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The members' report and the Ofsted pack in the service navigation, beside the census return. */
@Component
class ReportsNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(RETURNS_AND_REPORTS, 20, "/reports", "reports.nav", Set.of(WORKFORCE_LEAD, SENIOR_LEADER)));
    }
}
