package uk.retain.development.web;

import static uk.retain.people.NavigationLink.Section.*;
import static uk.retain.people.Role.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.retain.people.NavigationLink;
import uk.retain.people.NavigationLinks;

/** The people-development pages in the service navigation: programmes, CPD, the career pathway, transfers, succession. */
@Component
class DevelopmentNavigation implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(MY_WORK, 30, "/my-programme", "nav.myProgramme", Set.of(SOCIAL_WORKER)),
                new NavigationLink(MY_WORK, 40, "/my-development", "nav.myDevelopment", Set.of(SOCIAL_WORKER)),
                new NavigationLink(MY_WORK, 50, "/my-transfer", "nav.myTransfer", Set.of(SOCIAL_WORKER)),
                new NavigationLink(DEVELOPMENT, 10, "/programmes", "nav.programmes", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR, SENIOR_LEADER)),
                new NavigationLink(DEVELOPMENT, 20, "/development", "nav.development", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR)),
                new NavigationLink(DEVELOPMENT, 30, "/career-pathway", "nav.careerPathway", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR)),
                new NavigationLink(DEVELOPMENT, 40, "/transfers", "nav.transfers", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR)),
                new NavigationLink(DEVELOPMENT, 50, "/practice-priorities", "nav.practicePriorities", Set.of(TEAM_MANAGER, WORKFORCE_LEAD, HR)),
                new NavigationLink(DEVELOPMENT, 60, "/succession", "nav.succession", Set.of(WORKFORCE_LEAD, HR)),
                new NavigationLink(DEVELOPMENT, 70, "/retention-payments", "nav.retentionPayments", Set.of(HR)));
    }
}
