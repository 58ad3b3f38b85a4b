package nl.adviestracker.support;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Counts the SQL statements the application sends, by putting a counting JDBC data source under the
 * connection pool. Each prepared statement counts once (a batch is one statement too), each
 * execution of a plain statement once. Only in tests that set {@code adviestracker.test.count-statements}.
 */
@Singleton
@Requires(property = "adviestracker.test.count-statements", value = "true")
public class StatementCounter implements BeanInitializedEventListener<DatasourceConfiguration>, Ordered {

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(configuration.getUrl());
        postgres.setUser(configuration.getUsername());
        postgres.setPassword(configuration.getPassword());
        configuration.setDataSource(proxy(DataSource.class, postgres, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? countingConnection(connection) : result;
        }));
        return configuration;
    }

    /** After the embedded database has been chosen, whatever the order of the other listeners. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }

    private Connection countingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                statements.incrementAndGet();
            } else if (name.equals("createStatement")) {
                return countingStatement((Statement) result);
            }
            return result;
        });
    }

    private Statement countingStatement(Statement statement) {
        return proxy(Statement.class, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute") && !byThePool()) {
                statements.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    /**
     * The pool's own check that an idle connection is alive ({@code SELECT 1}) is not the application's: it
     * comes whenever a connection was idle a moment, so counting it would make the count depend on timing.
     */
    private static boolean byThePool() {
        return StackWalker.getInstance()
                .walk(frames -> frames.anyMatch(frame -> frame.getClassName().startsWith("com.zaxxer.hikari.")));
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
