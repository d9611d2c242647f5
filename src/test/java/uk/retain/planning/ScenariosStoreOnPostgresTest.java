package uk.retain.planning;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.retain.support.EmbeddedPostgres;

class ScenariosStoreOnPostgresTest extends ScenariosStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
