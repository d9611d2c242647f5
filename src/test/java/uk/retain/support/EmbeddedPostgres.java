package uk.retain.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test run (zonky's embedded binaries: no Docker), each test class
 * that asks getting a database of its own.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static int databases;

    private EmbeddedPostgres() {
    }

    /** Points the test's Spring context at a fresh database on the shared server. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        String database = "retain_" + (++databases);
        try (var connection = server().getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        String url = server().getJdbcUrl("postgres", database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }
}
