package uk.retain.census.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The census return in the service navigation. */
@Component
class CensusNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(RETURNS_AND_REPORTS, 10, "/census", "census.nav", Set.of(WORKFORCE_LEAD, HR)));
    }
}
