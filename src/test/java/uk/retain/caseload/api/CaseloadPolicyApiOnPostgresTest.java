package uk.retain.caseload.api;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.retain.support.EmbeddedPostgres;

class CaseloadPolicyApiOnPostgresTest extends CaseloadPolicyApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
