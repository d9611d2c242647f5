package uk.retain.agency.web;

import static uk.retain.people.NavigationLink.Section.RECRUITMENT_AND_AGENCY;
import static uk.retain.people.Role.HR;
import static uk.retain.people.Role.SENIOR_LEADER;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The agency pages (engagements, breaches, caps, spend and mix) in the service navigation. */
@Component
class AgencyNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(RECRUITMENT_AND_AGENCY, 20, "/agency", "nav.agency", Set.of(HR, SENIOR_LEADER)));
    }
}
