package nl.adviestracker.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The database role the service's own queries run as ({@code datasources.default}). Row-level security
 * binds it only when it owns no table and is neither a superuser nor BYPASSRLS: {@link ApplicationRoleCheck}
 * refuses to start otherwise. It is a member of {@code adviestracker_application}, which holds the grants.
 */
@ConfigurationProperties("adviestracker.database")
public record ApplicationRole(
        @Bindable(defaultValue = "adviestracker_app") String appUsername,
        @Nullable String appPassword) {

    public static final String GROUP = "adviestracker_application";
}
