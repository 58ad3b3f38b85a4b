package nl.adviestracker.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

/**
 * Points the default data source at an embedded PostgreSQL when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL}). With a URL, nothing is started. It runs before the
 * configuration's own checks, which would otherwise refuse a missing URL.
 */
@Singleton
class EmbeddedDatabaseWhenUnconfigured implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final EmbeddedPostgresSettings settings;

    EmbeddedDatabaseWhenUnconfigured(EmbeddedPostgresSettings settings) {
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (StringUtils.isEmpty(configuration.getConfiguredUrl())) {
            configuration.setUrl(EmbeddedPostgresServer.jdbcUrl(settings));
            configuration.setUsername(EmbeddedPostgresServer.USER);
            configuration.setPassword("");
        }
        return configuration;
    }
}
