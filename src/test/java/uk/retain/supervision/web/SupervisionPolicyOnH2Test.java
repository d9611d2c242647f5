package uk.retain.supervision.web;

import org.springframework.test.context.TestPropertySource;

/** On the page tests' H2 database, so that it shares their application context. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class SupervisionPolicyOnH2Test extends SupervisionPolicyContract {
}
