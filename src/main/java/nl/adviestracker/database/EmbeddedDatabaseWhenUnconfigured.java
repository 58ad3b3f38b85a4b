package nl.adviestracker.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

/**
 * Points the data sources at an embedded PostgreSQL when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL}): the owner's ({@code datasources.owner}) as {@code postgres}, the
 * service's ({@code datasources.default}) as the application role. With a URL, nothing is started, and the
 * service's data source is given the application role's name and password instead of the owner's. It runs
 * before the configuration's own checks, which would otherwise refuse a missing URL.
 */
@Singleton
class EmbeddedDatabaseWhenUnconfigured implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final EmbeddedPostgresSettings settings;
    private final ApplicationRole role;
    private String url;

    EmbeddedDatabaseWhenUnconfigured(EmbeddedPostgresSettings settings, ApplicationRole role) {
        this.settings = settings;
        this.role = role;
    }

    /** One database for both data sources (with fresh databases, a new one per application context). */
    private synchronized String embeddedUrl() {
        if (url == null) {
            url = EmbeddedPostgresServer.jdbcUrl(settings);
        }
        return url;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        boolean owner = "owner".equals(configuration.getName());
        if (StringUtils.isEmpty(configuration.getConfiguredUrl())) {
            configuration.setUrl(embeddedUrl());
            configuration.setUsername(owner ? EmbeddedPostgresServer.USER : role.appUsername());
            configuration.setPassword("");
        } else if (!owner) {
            configuration.setUsername(role.appUsername());
            configuration.setPassword(role.appPassword() == null ? "" : role.appPassword());
        }
        return configuration;
    }
}
