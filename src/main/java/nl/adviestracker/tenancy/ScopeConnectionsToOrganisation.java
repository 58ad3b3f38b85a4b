package nl.adviestracker.tenancy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Wraps the service's pool ({@code datasources.default}) in {@link OrganisationScopedDataSource}, before
 * Micronaut Data wraps it for its transactions, so that every connection it takes is scoped. The owner's
 * pool ({@code datasources.owner}: migrations, backup and restore) stays as it is.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScopeConnectionsToOrganisation implements BeanCreatedEventListener<DataSource> {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        if (!"default".equalsIgnoreCase(event.getBeanIdentifier().getName())
                || dataSource instanceof OrganisationScopedDataSource) {
            return dataSource;
        }
        return new OrganisationScopedDataSource(dataSource);
    }
}
