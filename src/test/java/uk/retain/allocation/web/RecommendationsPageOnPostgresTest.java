package uk.retain.allocation.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.retain.support.EmbeddedPostgres;

class RecommendationsPageOnPostgresTest extends RecommendationsPageContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
        // MockMvc carries the session as the container's (MockHttpSession), which sessions kept in the database would
        // not see; those are tested over HTTP on two nodes (uk.retain.hardening.TwoNodesOnPostgresTest).
        registry.add("retain.sessions", () -> "memory");
    }
}
