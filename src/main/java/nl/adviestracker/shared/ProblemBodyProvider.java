package nl.adviestracker.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the errors the framework itself reports (validation, unreadable JSON, unknown routes) into
 * problem bodies that name the field and the reason.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldProblem> errors = fieldProblems(context);
        String detail = errors.isEmpty()
                ? context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason())
                : String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new Problem("about:blank", title(status), status.getCode(), detail, context.getRequest().getPath(),
                errors, null);
    }

    private static List<FieldProblem> fieldProblems(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConstraintViolationException violations) {
            List<FieldProblem> result = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                result.add(new FieldProblem(fieldName(violation.getPropertyPath()), violation.getMessage()));
            }
            result.sort(java.util.Comparator.comparing(FieldProblem::field));
            return result;
        }
        if (cause instanceof ConversionErrorException conversion) {
            return List.of(new FieldProblem(conversion.getArgument().getName(),
                    "ongeldige waarde: " + conversion.getConversionError().getCause().getMessage()));
        }
        return context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldProblem(error.getPath().get(), error.getMessage()))
                .toList();
    }

    /** "create.input.points[1].label" becomes "points[1].label": the field as the client named it. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                name.append('[').append(node.getIndex()).append(']');
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Ongeldige invoer";
            case NOT_FOUND -> "Niet gevonden";
            case METHOD_NOT_ALLOWED -> "Methode niet toegestaan";
            case UNSUPPORTED_MEDIA_TYPE -> "Soort inhoud niet ondersteund";
            case UNAUTHORIZED -> "Niet ingelogd";
            case FORBIDDEN -> "Geen toegang";
            case CONFLICT -> "Conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "Te groot";
            default -> status.getReason();
        };
    }
}
