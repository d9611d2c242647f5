package uk.retain.region.web;

import static uk.retain.people.NavigationLink.Section.REGION;
import static uk.retain.people.Role.REGIONAL_ANALYST;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The region's page in the service navigation. */
@Component
class RegionNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(REGION, 10, "/region", "nav.region", Set.of(REGIONAL_ANALYST)));
    }
}
