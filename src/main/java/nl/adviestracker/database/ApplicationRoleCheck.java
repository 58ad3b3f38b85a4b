package nl.adviestracker.database;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Refuses to start when the service's role would not be bound by row-level security: a superuser, a role
 * with BYPASSRLS or the owner of a table sees every organisation's rows whatever the policies say.
 * The backup tool, which works as the owner only, turns it off.
 */
@Context
@Requires(property = "adviestracker.database.check-role", notEquals = "false")
class ApplicationRoleCheck {

    private final DataSource dataSource;

    ApplicationRoleCheck(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @PostConstruct
    void check() throws SQLException {
        String problem;
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and pg_has_role(current_user, c.relowner, 'USAGE'))
                from pg_roles r where r.rolname = current_user""");
                var rows = statement.executeQuery()) {
            rows.next();
            if (rows.getBoolean(2) || rows.getBoolean(3)) {
                problem = "is a superuser or has BYPASSRLS";
            } else if (rows.getLong(4) > 0) {
                problem = "owns (or is a member of the owner of) " + rows.getLong(4) + " tables or sequences";
            } else {
                problem = null;
            }
        }
        if (problem != null) {
            throw new IllegalStateException(
                    "The service's database role " + problem
                            + ", so row-level security would not keep organisations apart. Connect as a role that owns "
                            + "nothing (ADVIESTRACKER_DB_APP_USERNAME, see \"Organisations and database roles\" in the README).");
        }
    }
}
