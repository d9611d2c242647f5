package uk.retain.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.retain.people.Role;
import uk.retain.people.Viewer;

/** The service navigation: the pages a role may open, in the order they appear. */
final class Navigation {

    /** One link of the service navigation; {@code label} is a message key. */
    record Item(String path, String label, boolean active) {
    }

    private record Page(String path, String label, Set<Role> roles) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("/dashboard", "nav.dashboard", Set.of(Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER, Role.REGIONAL_ANALYST)),
            new Page("/teams", "nav.teams", Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)),
            new Page("/workers", "nav.workers", Set.of(Role.WORKFORCE_LEAD, Role.HR)),
            new Page("/continuity", "nav.continuity", Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)),
            new Page("/my-caseload", "nav.myCaseload", Set.of(Role.SOCIAL_WORKER)),
            new Page("/my-supervision", "nav.mySupervision", Set.of(Role.SOCIAL_WORKER)),
            new Page("/supervision/record", "nav.recordSupervision", Set.of(Role.TEAM_MANAGER)),
            new Page("/my-programme", "nav.myProgramme", Set.of(Role.SOCIAL_WORKER)),
            new Page("/programmes", "nav.programmes", Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)),
            new Page("/caseload-policy", "nav.caseloadPolicy", Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)),
            new Page("/supervision/overdue", "nav.supervisionOverdue", Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR)),
            new Page("/supervision/compliance", "nav.supervisionCompliance", Set.of(Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)),
            new Page("/supervision-policy", "nav.supervisionPolicy", Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)),
            new Page("/plan", "nav.plan", Set.of(Role.WORKFORCE_LEAD, Role.SENIOR_LEADER)),
            new Page("/census", "census.nav", Set.of(Role.WORKFORCE_LEAD, Role.HR)),
            new Page("/import", "nav.import", Set.of(Role.ADMINISTRATOR)),
            new Page("/users", "nav.users", Set.of(Role.ADMINISTRATOR)),
            new Page("/audit", "nav.audit", Set.of(Role.ADMINISTRATOR)));

    private Navigation() {
    }

    /** The links for {@code viewer}, the one under {@code requestPath} marked active. */
    static List<Item> forViewer(Viewer viewer, String requestPath) {
        List<Item> items = new ArrayList<>();
        for (Page page : PAGES) {
            if (page.roles.contains(viewer.role())) {
                items.add(new Item(page.path, page.label, requestPath.equals(page.path) || requestPath.startsWith(page.path + "/")));
            }
        }
        return items;
    }

    /** Where a role starts: its first page. */
    static String home(Viewer viewer) {
        return PAGES.stream().filter(page -> page.roles.contains(viewer.role())).findFirst().map(Page::path).orElse("/sign-in");
    }
}
