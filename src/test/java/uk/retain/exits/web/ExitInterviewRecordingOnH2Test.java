package uk.retain.exits.web;

import org.springframework.test.context.TestPropertySource;

/** On H2, in the same application the page tests use. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ExitInterviewRecordingOnH2Test extends ExitInterviewRecordingContract {
}
