package uk.retain.agency.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import uk.retain.support.EmbeddedPostgres;

/**
 * On PostgreSQL: the same contract against the embedded server. The page sessions stay in memory: the test's users
 * come without a session, and a Spring Session in the database cannot be started once MockMvc's small response buffer
 * has been sent, which these long pages do before their first form (a signed-in user of the service has one already).
 */
@TestPropertySource(properties = "retain.sessions=memory")
class AgencyRecordingOnPostgresTest extends AgencyRecordingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
