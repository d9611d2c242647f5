package uk.retain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL a benchmark runs on: the one {@code RETAIN_DB_URL} names (with {@code RETAIN_DB_USER} and
 * {@code RETAIN_DB_PASSWORD}), or else one started here with zonky's embedded binaries, in a data directory that
 * is kept between runs so that a generated database is built once. The embedded binaries are in the jar only when
 * it is built with {@code -Pbench}. Only ever on loopback.
 */
final class BenchPostgres implements AutoCloseable {

    private static final String EMBEDDED = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    final String url;
    final String user;
    final String password;
    final String description;
    private final AutoCloseable server;

    private BenchPostgres(String url, String user, String password, String description, AutoCloseable server) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.server = server;
    }

    /**
     * {@code RETAIN_DB_URL}'s database, or database {@code name} of an embedded server on {@code dataDirectory}
     * (created if need be).
     */
    static BenchPostgres open(String name, Path dataDirectory) throws IOException {
        String url = System.getenv("RETAIN_DB_URL");
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("RETAIN_DB_URL must name a PostgreSQL database for this benchmark");
            }
            return new BenchPostgres(url, System.getenv().getOrDefault("RETAIN_DB_USER", "retain"),
                    System.getenv().getOrDefault("RETAIN_DB_PASSWORD", ""), "PostgreSQL at RETAIN_DB_URL", null);
        }
        try {
            Class.forName(EMBEDDED);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no PostgreSQL: set RETAIN_DB_URL, or build the jar with"
                    + " './mvnw -q -DskipTests -Pbench package' for an embedded one");
        }
        return Embedded.start(name, dataDirectory);
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Kept apart so that nothing loads zonky's classes unless an embedded server is wanted. */
    private static final class Embedded {

        static BenchPostgres start(String name, Path dataDirectory) throws IOException {
            Files.createDirectories(dataDirectory);
            // zonky logs the server's every line at INFO before Spring Boot has set logging up.
            if (org.slf4j.LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger zonky) {
                zonky.setLevel(ch.qos.logback.classic.Level.WARN);
            }
            var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            } catch (SQLException e) {
                server.close();
                throw new IOException("cannot create database " + name, e);
            }
            // Batched inserts rewritten as multi-row inserts: a generated national database loads several times faster.
            String url = server.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
            return new BenchPostgres(url, "postgres", "", "embedded PostgreSQL (zonky " + serverVersion(server)
                    + ") in " + dataDirectory + ", database " + name, server);
        }

        private static String serverVersion(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
            try (Connection connection = server.getPostgresDatabase().getConnection()) {
                return connection.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                return "?";
            }
        }
    }
}
