package uk.retain.workforce.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The register's pages in the service navigation: the workers and the import. */
@Component
class WorkforceNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(TEAMS_AND_CASELOADS, 20, "/workers", "nav.workers", Set.of(WORKFORCE_LEAD, HR)),
                new NavigationLink(ADMINISTRATION, 10, "/import", "nav.import", Set.of(ADMINISTRATOR)));
    }
}
