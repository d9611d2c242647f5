package uk.retain.region.web;

import static uk.retain.people.NavigationLink.Section.REGION;
import static uk.retain.people.NavigationLink.Section.RETURNS_AND_REPORTS;
import static uk.retain.people.Role.HR;
import static uk.retain.people.Role.WORKFORCE_LEAD;
import static uk.retain.people.Role.REGIONAL_ANALYST;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The region's pages in the service navigation, and the council's regional return. */
@Component
class RegionNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(REGION, 10, "/region", "nav.region", Set.of(REGIONAL_ANALYST)),
                new NavigationLink(REGION, 20, "/region/agency-checks", "nav.regionAgencyChecks", Set.of(REGIONAL_ANALYST)),
                new NavigationLink(REGION, 30, "/region/returns", "nav.regionReturns", Set.of(REGIONAL_ANALYST)),
                new NavigationLink(RETURNS_AND_REPORTS, 40, "/regional-return", "nav.regionalReturn", Set.of(WORKFORCE_LEAD, HR)));
    }
}
