package uk.retain.people.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The administrator's users pages in the service navigation (the audit page is the audit module's). */
@Component
class PeopleNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(ADMINISTRATION, 20, "/users", "nav.users", Set.of(ADMINISTRATOR)));
    }
}
