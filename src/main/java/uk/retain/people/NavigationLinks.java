package uk.retain.people;

import java.util.List;

/**
 * What a module adds to the service navigation: each module with pages declares one bean of this type beside its
 * pages, so that a new page is linked from its own module and the navigation knows no module's addresses.
 */
@FunctionalInterface
public interface NavigationLinks {

    List<NavigationLink> links();
}
