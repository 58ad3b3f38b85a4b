package nl.adviestracker.tenancy;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The pool as the service uses it: every connection handed out is first set to the organisation of
 * the work at hand ({@link OrganisationContext}), or to none.
 *
 * <p>Why here and not at the start of each transaction: Micronaut Data also reads outside
 * transactions (one connection per statement, auto-commit), where a transaction-local setting would
 * last one statement; and the pool is the one door every connection passes, transactional or not.
 * The setting is made on every acquisition, never assumed from before, so a connection whose reset
 * failed cannot carry one organisation's setting to the next borrower. It is a plain {@link
 * DataSource}, not Micronaut's {@code DelegatingDataSource}, so nothing unwraps past it.
 */
public final class OrganisationScopedDataSource implements DataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(OrganisationScopedDataSource.class);
    private static final String SET = "select set_config('app.organisation_id', ?, false)";

    private final DataSource pool;

    public OrganisationScopedDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(pool.getConnection(username, password));
    }

    private static Connection scoped(Connection connection) throws SQLException {
        try {
            set(connection, OrganisationContext.current().map(String::valueOf).orElse(""));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Returning(connection));
    }

    private static void set(Connection connection, String organisation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, organisation);
            statement.execute();
        }
    }

    /**
     * Passes everything on; on close, ends an open transaction first. The setting is not cleared here: every
     * acquisition sets it, so clearing it on the way back would be one more round trip on every borrow that
     * protects nothing (a connection is only ever used through an acquisition).
     */
    private record Returning(Connection connection) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                close();
                return null;
            }
            if (method.getName().equals("unwrap") && Connection.class.equals(args[0])) {
                return proxy;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void close() throws SQLException {
            try {
                if (!connection.isClosed() && !connection.getAutoCommit()) {
                    connection.rollback();
                }
            } catch (SQLException e) {
                LOG.debug("Could not roll back a returned connection: {}", e.getMessage());
            } finally {
                connection.close();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
