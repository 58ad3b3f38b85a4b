package nl.adviestracker.shared;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;

/**
 * A write the database refused although the checks before it passed: two people saved at the same
 * moment. Answered with 409 so the client reloads. Text the database cannot store is bad input (400);
 * an unreachable database is a 503.
 */
@Produces
@Singleton
class DataConflictHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private final ProblemResponses responses;

    DataConflictHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        if (hasSqlState(exception, "22")) {
            return responses.of(
                    request,
                    HttpStatus.BAD_REQUEST,
                    "Ongeldige invoer",
                    "De invoer bevat een teken of waarde die niet kan worden opgeslagen, zoals een NUL-teken. Er is niets opgeslagen.",
                    List.of(new FieldProblem("body", "bevat een teken of waarde die niet kan worden opgeslagen")),
                    null);
        }
        if (exception instanceof OptimisticLockException || hasSqlState(exception, "23")) {
            return responses.of(
                    request,
                    HttpStatus.CONFLICT,
                    "Tegelijk gewijzigd",
                    "Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.",
                    List.of(),
                    null);
        }
        return DatabaseUnavailable.answer(responses, request, exception);
    }

    /** SQL state class 22 is bad data (such as a NUL character in text), 23 a broken constraint. */
    private static boolean hasSqlState(Throwable exception, String stateClass) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(stateClass)) {
                return true;
            }
        }
        return false;
    }
}
