package nl.adviestracker.shared;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A request that cannot be honoured, reported to the client as an RFC 7807 problem.
 * Messages are in Dutch because screens show them to users as they are.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> fieldProblems;

    public ProblemException(HttpStatus status, String title, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Niet gevonden", what + " bestaat niet.", List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Ongeldige invoer", field + ": " + message,
                List.of(new FieldProblem(field, message)));
    }

    public static ProblemException invalid(List<FieldProblem> problems) {
        String detail = problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(HttpStatus.BAD_REQUEST, "Ongeldige invoer", detail, problems);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
