package uk.retain.allocation.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.retain.support.EmbeddedPostgres;

class RecommendationsPageOnPostgresTest extends RecommendationsPageContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
