package nl.adviestracker.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A request that cannot be honoured, reported to the client as an RFC 7807 problem.
 * Messages are in Dutch because screens show them to users as they are. It carries a {@link
 * ProblemStatus}, not an HTTP type, so the use cases that throw it stay free of HTTP.
 */
public class ProblemException extends RuntimeException {

    private final ProblemStatus status;
    private final String title;
    private final List<FieldProblem> fieldProblems;
    private final @Nullable Object current;

    public ProblemException(ProblemStatus status, String title, String detail, List<FieldProblem> fieldProblems) {
        this(status, title, detail, fieldProblems, null);
    }

    private ProblemException(
            ProblemStatus status,
            String title,
            String detail,
            List<FieldProblem> fieldProblems,
            @Nullable Object current) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.current = current;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemStatus.NOT_FOUND, "Niet gevonden", what + " bestaat niet.", List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemStatus.BAD_REQUEST,
                "Ongeldige invoer",
                field + ": " + message,
                List.of(new FieldProblem(field, message)));
    }

    public static ProblemException invalid(List<FieldProblem> problems) {
        String detail = problems.stream()
                .map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        return new ProblemException(ProblemStatus.BAD_REQUEST, "Ongeldige invoer", detail, problems);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemStatus.FORBIDDEN, "Geen toegang", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemStatus.CONFLICT, "Conflict", detail, List.of());
    }

    /**
     * Someone else saved a newer version since the client read it. The answer carries that version,
     * so the client can show the other person's change instead of overwriting it.
     */
    public static ProblemException staleVersion(String what, Object current) {
        return new ProblemException(
                ProblemStatus.CONFLICT,
                "Tegelijk gewijzigd",
                what
                        + " is intussen door iemand anders gewijzigd. Bekijk de nieuwe versie en breng uw wijziging opnieuw aan.",
                List.of(new FieldProblem("version", "is niet meer de laatste versie")),
                current);
    }

    public @Nullable Object current() {
        return current;
    }

    public ProblemStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
