package uk.retain.web;

import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Where the pages' sessions live, from {@code retain.sessions}: {@code jdbc} in the database (Spring Session's
 * {@code spring_session} tables), so that several nodes on one PostgreSQL share every signed-in session;
 * {@code memory} in this JVM, as the servlet container keeps them; {@code auto}, the default, is {@code jdbc} on
 * PostgreSQL and {@code memory} on the embedded H2, where one node is all there is. It works by leaving out
 * Spring Boot's JDBC session configuration when the sessions stay in memory (docs/decisions/0017).
 */
public final class SessionStore implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String JDBC_SESSIONS = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** Whether sessions are kept in the database, for these settings. */
    public static boolean inDatabase(String setting, String databaseUrl) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "jdbc" -> true;
            case "memory" -> false;
            case "auto" -> databaseUrl != null && databaseUrl.startsWith("jdbc:postgresql:");
            default -> throw new IllegalStateException("retain.sessions is '" + setting + "': it is auto, jdbc or memory");
        };
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean inDatabase = inDatabase(environment.getProperty("retain.sessions", "auto"),
                environment.getProperty("spring.datasource.url"));
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            match[i] = inDatabase || !JDBC_SESSIONS.equals(autoConfigurationClasses[i]);
        }
        return match;
    }
}
