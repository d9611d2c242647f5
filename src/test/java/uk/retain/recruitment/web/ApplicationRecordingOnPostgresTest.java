package uk.retain.recruitment.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import uk.retain.support.EmbeddedPostgres;

/**
 * On PostgreSQL. The page sessions stay in memory, as for the agency contract: the test's users come without a session,
 * which a Spring Session in the database cannot start once MockMvc's small response buffer has been sent.
 */
@TestPropertySource(properties = "retain.sessions=memory")
class ApplicationRecordingOnPostgresTest extends ApplicationRecordingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
