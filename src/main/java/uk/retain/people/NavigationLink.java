package uk.retain.people;

import java.util.Set;

/**
 * A page in the service navigation, as the module that owns the page declares it ({@link NavigationLinks}).
 *
 * @param section the part of the service the page belongs to; links are shown in the sections' order
 * @param order its place among the links of its section, smallest first
 * @param path the page's address
 * @param label the message key of its link's words
 * @param roles the roles that see the link (the page checks access itself: a link is not a permission)
 */
public record NavigationLink(Section section, int order, String path, String label, Set<Role> roles) {

    public NavigationLink {
        roles = Set.copyOf(roles);
    }

    /** The parts of the service, in the order the navigation shows them. */
    public enum Section {
        MY_WORK, OVERVIEW, TEAMS_AND_CASELOADS, SUPERVISION, DEVELOPMENT, RECRUITMENT_AND_AGENCY, LEAVING_AND_STAYING,
        PLANNING, REGION, RETURNS_AND_REPORTS, ADMINISTRATION
    }
}
