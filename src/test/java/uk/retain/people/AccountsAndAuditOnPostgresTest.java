package uk.retain.people;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.retain.support.EmbeddedPostgres;

class AccountsAndAuditOnPostgresTest extends AccountsAndAuditContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
