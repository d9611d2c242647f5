package uk.retain.people.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;
import uk.retain.people.Viewer;

/**
 * The service navigation: the pages a role may open, in the order they appear, gathered from the
 * {@link NavigationLinks} each module declares for its own pages.
 */
@Component
class Navigation {

    /** One link of the service navigation; {@code label} is a message key. */
    record Item(String path, String label, boolean active) {
    }

    private static final Comparator<NavigationLink> ORDER = Comparator.comparing(NavigationLink::section)
            .thenComparingInt(NavigationLink::order).thenComparing(NavigationLink::path);

    private final List<NavigationLink> links;

    Navigation(List<NavigationLinks> modules) {
        List<NavigationLink> all = new ArrayList<>();
        modules.forEach(module -> all.addAll(module.links()));
        all.sort(ORDER);
        this.links = List.copyOf(all);
    }

    /** The links for {@code viewer}, the one under {@code requestPath} marked active. */
    List<Item> forViewer(Viewer viewer, String requestPath) {
        List<Item> items = new ArrayList<>();
        for (NavigationLink link : links) {
            if (link.roles().contains(viewer.role())) {
                items.add(new Item(link.path(), link.label(),
                        requestPath.equals(link.path()) || requestPath.startsWith(link.path() + "/")));
            }
        }
        return items;
    }

    /** Where a role starts: its first page. */
    String home(Viewer viewer) {
        return links.stream().filter(link -> link.roles().contains(viewer.role())).findFirst().map(NavigationLink::path)
                .orElse("/sign-in");
    }
}
