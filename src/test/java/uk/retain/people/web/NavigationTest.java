package uk.retain.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.retain.people.Account;
import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;
import uk.retain.people.Role;
import uk.retain.people.Viewer;

/** The service navigation as the modules declare it: each role's links, each one a page that exists, in words. */
@SpringBootTest(properties = "retain.demo.load=never")
class NavigationTest {

    @Autowired
    Navigation navigation;

    @Autowired
    List<NavigationLinks> modules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MessageSource messages;

    private static Viewer as(Role role) {
        return new Viewer(new Account("user", "User", role, "999", null, Set.of(), null));
    }

    private List<String> paths(Role role) {
        return navigation.forViewer(as(role), "/").stream().map(Navigation.Item::path).toList();
    }

    @Test
    void eachRoleStartsWhereItsWorkIs() {
        assertThat(paths(Role.SOCIAL_WORKER)).startsWith("/my-caseload", "/my-supervision", "/my-programme");
        assertThat(navigation.home(as(Role.TEAM_MANAGER))).isEqualTo("/teams");
        assertThat(navigation.home(as(Role.WORKFORCE_LEAD))).isEqualTo("/dashboard");
        assertThat(navigation.home(as(Role.REGIONAL_ANALYST))).isEqualTo("/dashboard");
        assertThat(paths(Role.ADMINISTRATOR)).containsExactly("/import", "/users", "/audit");
    }

    @Test
    void aRoleWithManyPagesSeesThePartsOfTheServiceAndThePagesOfItsPart() {
        Navigation.Bars bars = navigation.bars(as(Role.TEAM_MANAGER), "/supervision/overdue");
        assertThat(navigation.forViewer(as(Role.TEAM_MANAGER), "/").size()).isGreaterThan(Navigation.MOST_LINKS_SHOWN_FLAT);
        assertThat(bars.service()).extracting(Navigation.Item::label)
                .startsWith("nav.section.teams_and_caseloads", "nav.section.supervision");
        assertThat(bars.service()).filteredOn(Navigation.Item::active).extracting(Navigation.Item::label)
                .containsExactly("nav.section.supervision");
        assertThat(bars.sectionLabel()).isEqualTo("nav.section.supervision");
        assertThat(bars.section()).extracting(Navigation.Item::path)
                .containsExactly("/supervision/overdue", "/supervision/record", "/supervision-policy");
        assertThat(bars.section()).filteredOn(Navigation.Item::active).extracting(Navigation.Item::path)
                .containsExactly("/supervision/overdue");
        // A part with one page for the role is that page's own link; a part with several, the part's name.
        List<NavigationLink> seen = modules.stream().flatMap(module -> module.links().stream())
                .filter(link -> link.roles().contains(Role.TEAM_MANAGER)).toList();
        for (NavigationLink.Section section : NavigationLink.Section.values()) {
            List<NavigationLink> pages = seen.stream().filter(link -> link.section() == section).toList();
            if (pages.size() == 1) {
                assertThat(bars.service()).extracting(Navigation.Item::label).contains(pages.get(0).label());
            } else if (pages.size() > 1) {
                assertThat(bars.service()).extracting(Navigation.Item::label).contains(Navigation.label(section));
            }
        }
    }

    @Test
    void aPageIsMarkedAsItsOwnLinkNotAlsoTheOneAboveIt() {
        Navigation.Bars bars = navigation.bars(as(Role.HR), "/leaving/interviews/record");
        assertThat(bars.section()).filteredOn(Navigation.Item::active).extracting(Navigation.Item::path)
                .containsExactly("/leaving/interviews/record");
        assertThat(navigation.bars(as(Role.HR), "/leaving").section()).filteredOn(Navigation.Item::active)
                .extracting(Navigation.Item::path).containsExactly("/leaving");
    }

    @Test
    void aRoleWithFewPagesSeesThemAll() {
        Navigation.Bars bars = navigation.bars(as(Role.SOCIAL_WORKER), "/my-supervision");
        assertThat(bars.service()).extracting(Navigation.Item::path).startsWith("/my-caseload", "/my-supervision");
        assertThat(bars.section()).isEmpty();
        assertThat(bars.sectionLabel()).isNull();
    }

    @Test
    void linksFollowTheSectionsInOrder() {
        List<NavigationLink> all = modules.stream().flatMap(module -> module.links().stream()).toList();
        for (Role role : Role.values()) {
            List<String> shown = paths(role);
            List<NavigationLink> ordered = shown.stream()
                    .map(path -> all.stream().filter(link -> link.path().equals(path)).findFirst().orElseThrow()).toList();
            for (int i = 1; i < ordered.size(); i++) {
                assertThat(ordered.get(i).section()).as("%s: %s after %s", role, shown.get(i), shown.get(i - 1))
                        .isGreaterThanOrEqualTo(ordered.get(i - 1).section());
            }
        }
    }

    @Test
    void everyLinkOpensAPageThatIsMappedAndHasWords() {
        List<NavigationLink> all = modules.stream().flatMap(module -> module.links().stream()).toList();
        assertThat(all).extracting(NavigationLink::path).doesNotHaveDuplicates();
        for (NavigationLink link : all) {
            boolean mapped = mappings.getHandlerMethods().keySet().stream()
                    .anyMatch(info -> info.getPathPatternsCondition() != null
                            && info.getPathPatternsCondition().getPatternValues().contains(link.path())
                            && (info.getMethodsCondition().getMethods().isEmpty()
                                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET)));
            assertThat(mapped).as("a page answers GET %s", link.path()).isTrue();
            assertThat(messages.getMessage(link.label(), null, null, Locale.UK)).as("words for %s", link.label()).isNotBlank();
            assertThat(link.roles()).as("who sees %s", link.path()).isNotEmpty();
        }
    }
}
