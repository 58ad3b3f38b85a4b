package nl.adviestracker.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.liquibase.LiquibaseConfigurationProperties;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Liquibase off the start-up path when there is nothing to migrate. Liquibase's own check
 * (loading its services, parsing every changelog, reading its table) costs a second or more of
 * every start. Before it runs, the changelog files on the classpath are hashed and the hash is
 * compared with the one stored after the last successful migration ({@code schema_fingerprint}).
 * Equal: Liquibase is switched off for this start. Different or missing (a new changeset, a fresh
 * database, a migration in progress elsewhere): Liquibase runs as always, and the new hash is stored
 * once the application has started, i.e. after Liquibase has succeeded.
 */
@Singleton
@Requires(property = "adviestracker.skip-unchanged-migrations", value = "true", defaultValue = "true")
class MigrateOnlyWhenChanged {

    private static final Logger LOG = LoggerFactory.getLogger(MigrateOnlyWhenChanged.class);
    private static final String CHANGELOG = "db/changelog.yaml";
    private static final Pattern INCLUDE = Pattern.compile("file:\\s*([^,}\\s]+)");

    /**
     * When Liquibase's settings for a data source are created (just before its runner uses them):
     * switch it off if the stored fingerprint matches. Reads with a connection of its own, so that it
     * does not depend on the pool that is still being set up.
     */
    @Singleton
    static class Before implements BeanInitializedEventListener<LiquibaseConfigurationProperties> {

        private final ApplicationContext context;

        Before(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public LiquibaseConfigurationProperties onInitialized(
                BeanInitializingEvent<LiquibaseConfigurationProperties> event) {
            LiquibaseConfigurationProperties liquibase = event.getBean();
            if (!liquibase.isEnabled()) {
                return liquibase;
            }
            context.findBean(DatasourceConfiguration.class, Qualifiers.byName(liquibase.getNameQualifier()))
                    .map(MigrateOnlyWhenChanged::stored)
                    .filter(fingerprint()::equals)
                    .ifPresent(current -> {
                        liquibase.setEnabled(false);
                        LOG.info(
                                "Schema matches the changelog ({}…): Liquibase check skipped",
                                current.substring(0, 12));
                    });
            return liquibase;
        }
    }

    /** Once the application has started, Liquibase has succeeded: remember what it migrated to. */
    @Singleton
    static class After {

        private final DataSource dataSource;

        After(@Named("owner") DataSource dataSource) {
            // the owner's pool itself (the fingerprint is the owner's): this runs outside any transaction
            this.dataSource =
                    io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
        }

        @EventListener
        void onStartup(StartupEvent event) {
            String current = fingerprint();
            try (Connection connection = dataSource.getConnection()) {
                if (!current.equals(stored(connection))) {
                    store(connection, current);
                }
            } catch (SQLException e) {
                LOG.warn("Could not store the schema fingerprint; Liquibase will check again at the next start", e);
            }
        }
    }

    /** SHA-256 over the master changelog and every file it includes, in order. */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String master = read(CHANGELOG);
            sha.update(master.getBytes(StandardCharsets.UTF_8));
            Matcher include = INCLUDE.matcher(master);
            while (include.find()) {
                sha.update(read("db/" + include.group(1)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = MigrateOnlyWhenChanged.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("changelog " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored fingerprint, read over a connection of its own; null when there is none (yet). */
    static String stored(DatasourceConfiguration configuration) {
        try (Connection connection = DriverManager.getConnection(
                configuration.getUrl(), configuration.getUsername(), configuration.getPassword())) {
            return stored(connection);
        } catch (SQLException e) {
            return null;
        }
    }

    /** Null on a fresh database, and while a migration holds Liquibase's lock. */
    static String stored(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select sha256 from schema_fingerprint where id = 1 and not exists (select 1 from databasechangeloglock where locked)")) {
            ResultSet rows = statement.executeQuery();
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            return null; // no such tables yet
        }
    }

    private static void store(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into schema_fingerprint (id, sha256) values (1, ?)
                on conflict (id) do update set sha256 = excluded.sha256, migrated_at = now()""")) {
            statement.setString(1, fingerprint);
            statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
