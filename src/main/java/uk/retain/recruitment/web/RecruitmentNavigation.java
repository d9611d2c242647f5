package uk.retain.recruitment.web;

import static uk.retain.people.NavigationLink.Section.RECRUITMENT_AND_AGENCY;
import static uk.retain.people.Role.HR;
import static uk.retain.people.Role.SENIOR_LEADER;
import static uk.retain.people.Role.TEAM_MANAGER;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** Recruitment in the service navigation. */
@Component
class RecruitmentNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(RECRUITMENT_AND_AGENCY, 10, "/recruitment", "nav.recruitment",
                Set.of(TEAM_MANAGER, HR, SENIOR_LEADER)));
    }
}
