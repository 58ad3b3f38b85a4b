package nl.adviestracker.shared;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database cannot be reached: it restarts, the network is down, the pool has no connection left.
 * Answered with 503 and a Retry-After, never a 500 with a stack trace; nothing was saved, so the
 * client may simply try again. The pool replaces broken connections by itself once the database is back.
 */
final class DatabaseUnavailable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {}

    /** The 503 answer; an expected outage is logged in one line, anything else with its stack trace. */
    static HttpResponse<?> answer(ProblemResponses responses, HttpRequest<?> request, Throwable exception) {
        if (isConnectionFailure(exception)) {
            LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), causes(exception));
        } else {
            LOG.error("Database error on {} {}", request.getMethod(), request.getPath(), exception);
        }
        return responses
                .of(
                        request,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Database niet beschikbaar",
                        "De gegevens konden nu niet worden opgeslagen of gelezen. Probeer het zo nog eens.",
                        List.of(),
                        null)
                .header("Retry-After", RETRY_AFTER_SECONDS);
    }

    /** Whether the database could not be reached, rather than refused what was asked. */
    static boolean isConnectionFailure(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof IOException
                    || t instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            // a pooled connection that broke while being prepared ("Connection is closed", without an SQL state);
            // "no current connection" is a programming error instead
            if (t instanceof ConnectionException && !(t instanceof NoConnectionException)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server shuts down or starts; 53300: too many connections
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String causes(Throwable exception) {
        StringBuilder text = new StringBuilder(String.valueOf(exception.getMessage()));
        for (Throwable t = exception.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            text.append(" <- ").append(t.getMessage());
        }
        return text.toString();
    }

    /** No connection could be had from the pool. */
    @Produces
    @Singleton
    static final class NoConnectionHandler
            implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

        private final ProblemResponses responses;

        NoConnectionHandler(ProblemResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
            return answer(responses, request, exception);
        }
    }

    /** A connection from the pool broke while it was being prepared (read-only, auto-commit). */
    @Produces
    @Singleton
    static final class BrokenConnectionHandler implements ExceptionHandler<ConnectionException, HttpResponse<?>> {

        private final ProblemResponses responses;

        BrokenConnectionHandler(ProblemResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
            return answer(responses, request, exception);
        }
    }

    /** A transaction could not begin, or its commit or rollback failed: nothing was saved. */
    @Produces
    @Singleton
    static final class TransactionFailureHandler
            implements ExceptionHandler<TransactionSystemException, HttpResponse<?>> {

        private final ProblemResponses responses;

        TransactionFailureHandler(ProblemResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, TransactionSystemException exception) {
            return answer(responses, request, exception);
        }
    }

    @Produces
    @Singleton
    static final class TransactionStartHandler
            implements ExceptionHandler<CannotCreateTransactionException, HttpResponse<?>> {

        private final ProblemResponses responses;

        TransactionStartHandler(ProblemResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CannotCreateTransactionException exception) {
            return answer(responses, request, exception);
        }
    }
}
