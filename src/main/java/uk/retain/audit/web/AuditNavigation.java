package uk.retain.audit.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The administrator's audit page in the service navigation. */
@Component
class AuditNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(ADMINISTRATION, 30, "/audit", "nav.audit", Set.of(ADMINISTRATOR)));
    }
}
