package nl.adviestracker.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Settings for the PostgreSQL that the service starts itself when no external database is configured.
 *
 * @param dataDir where the database keeps its files; a restart with the same directory keeps all data
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param freshDatabase create a new, empty database on every start (used by tests to isolate contexts)
 * @param appUsername the role the service's queries run as, created on the server when missing
 */
@ConfigurationProperties("adviestracker.embedded-postgres")
public record EmbeddedPostgresSettings(
        @Bindable(defaultValue = "data") String dataDir,
        @Bindable(defaultValue = "0") int port,
        @Bindable(defaultValue = "false") boolean freshDatabase,
        @Bindable(defaultValue = "adviestracker_app") String appUsername) {}
