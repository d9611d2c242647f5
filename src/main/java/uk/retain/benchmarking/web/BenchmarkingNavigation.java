package uk.retain.benchmarking.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The dashboard in the service navigation. */
@Component
class BenchmarkingNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(OVERVIEW, 10, "/dashboard", "nav.dashboard", Set.of(WORKFORCE_LEAD, HR, SENIOR_LEADER, REGIONAL_ANALYST)));
    }
}
