package uk.retain.people.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLink.Section;
import uk.retain.people.NavigationLinks;
import uk.retain.people.Viewer;

/**
 * The service navigation: the pages a role may open, in the order they appear, gathered from the
 * {@link NavigationLinks} each module declares for its own pages.
 *
 * <p>A role with few pages sees them all. A role with more sees the parts of the service instead: a part with one
 * page for it is that page's link; a part with several is the part's name, leading to its first page, and each of
 * its pages lists the part's pages under the heading bar (the sub-navigation), so no page is more than two clicks
 * away and the bar stays on one line as the service grows.
 */
@Component
class Navigation {

    /** The most links a role sees one by one before it sees the parts of the service instead. */
    static final int MOST_LINKS_SHOWN_FLAT = 6;

    /** One link of a navigation bar; {@code label} is a message key. */
    record Item(String path, String label, boolean active) {
    }

    /**
     * What the layout shows: the service navigation, and the sub-navigation of the part the page belongs to (empty
     * when the page's part has one page for this role, or the role sees its pages one by one).
     *
     * @param sectionLabel the message key naming the sub-navigation, null when there is none
     */
    record Bars(List<Item> service, List<Item> section, String sectionLabel) {
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

    /** The message key of a part of the service's name. */
    static String label(Section section) {
        return "nav.section." + section.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The links for {@code viewer}, one by one, the one under {@code requestPath} marked active. */
    List<Item> forViewer(Viewer viewer, String requestPath) {
        List<NavigationLink> seen = seenBy(viewer);
        String here = here(seen, requestPath);
        return seen.stream().map(link -> item(link, here)).toList();
    }

    /** The navigation bars of {@code viewer} on the page at {@code requestPath}. */
    Bars bars(Viewer viewer, String requestPath) {
        List<NavigationLink> seen = seenBy(viewer);
        if (seen.size() <= MOST_LINKS_SHOWN_FLAT) {
            return new Bars(forViewer(viewer, requestPath), List.of(), null);
        }
        String here = here(seen, requestPath);
        Map<Section, List<NavigationLink>> sections = new LinkedHashMap<>();
        seen.forEach(link -> sections.computeIfAbsent(link.section(), s -> new ArrayList<>()).add(link));
        List<Item> service = new ArrayList<>();
        List<Item> section = List.of();
        String sectionLabel = null;
        for (Map.Entry<Section, List<NavigationLink>> part : sections.entrySet()) {
            List<NavigationLink> pages = part.getValue();
            boolean inPart = pages.stream().anyMatch(link -> link.path().equals(here));
            if (pages.size() == 1) {
                service.add(item(pages.get(0), here));
                continue;
            }
            service.add(new Item(pages.get(0).path(), label(part.getKey()), inPart));
            if (inPart) {
                section = pages.stream().map(link -> item(link, here)).toList();
                sectionLabel = label(part.getKey());
            }
        }
        return new Bars(service, section, sectionLabel);
    }

    /** Where a role starts: its first page. */
    String home(Viewer viewer) {
        return seenBy(viewer).stream().findFirst().map(NavigationLink::path).orElse("/sign-in");
    }

    private List<NavigationLink> seenBy(Viewer viewer) {
        return links.stream().filter(link -> link.roles().contains(viewer.role())).toList();
    }

    /**
     * The link the page at {@code requestPath} belongs to: the longest one it is under, so that a page of its own
     * ({@code /leaving/interviews/record}) is not also marked as the page above it ({@code /leaving}). Null for none.
     */
    private static String here(List<NavigationLink> links, String requestPath) {
        return links.stream().map(NavigationLink::path).filter(path -> under(requestPath, path))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    private static Item item(NavigationLink link, String here) {
        return new Item(link.path(), link.label(), link.path().equals(here));
    }

    private static boolean under(String requestPath, String path) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
