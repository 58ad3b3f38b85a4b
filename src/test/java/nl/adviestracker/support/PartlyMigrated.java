package nl.adviestracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import nl.adviestracker.database.EmbeddedPostgresServer;
import nl.adviestracker.database.EmbeddedPostgresSettings;

/** A fresh embedded database that a migration test migrates step by step, as its owner. */
public final class PartlyMigrated {

    private PartlyMigrated() {}

    /** A connection, as the owner, to a new empty database of the test JVM's embedded server. */
    public static Connection freshDatabase() throws SQLException {
        String url = EmbeddedPostgresServer.jdbcUrl(
                new EmbeddedPostgresSettings("target/test-postgres", 0, true, "adviestracker_app"));
        Properties login = new Properties();
        login.setProperty("user", EmbeddedPostgresServer.USER);
        return DriverManager.getConnection(url, login);
    }

    /** Liquibase over the service's changelog on that connection. */
    public static Liquibase changelog(Connection db) throws LiquibaseException {
        return new Liquibase(
                "db/changelog.yaml",
                new ClassLoaderResourceAccessor(),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(db)));
    }
}
