package nl.adviestracker.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (status.getCode() >= 500) {
            // what failed inside (a parser's or driver's message) is for the log, not for the client
            return new Problem(
                    "about:blank",
                    "Er ging iets mis",
                    status.getCode(),
                    "Er ging aan onze kant iets mis. Probeer het zo nog eens.",
                    context.getRequest().getPath(),
                    List.of(),
                    null);
        }
        List<FieldProblem> errors = fieldProblems(context);
        String detail = errors.isEmpty()
                ? context.getErrors().stream()
                        .map(Error::getMessage)
                        .findFirst()
                        .orElse(status.getReason())
                : String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new Problem(
                "about:blank",
                title(status),
                status.getCode(),
                detail,
                context.getRequest().getPath(),
                errors,
                null);
    }

    private static List<FieldProblem> fieldProblems(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConstraintViolationException violations) {
            List<FieldProblem> result = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                result.add(new FieldProblem(fieldName(violation.getPropertyPath()), violation.getMessage()));
            }
            result.sort(Comparator.comparing(FieldProblem::field));
            return result;
        }
        if (cause instanceof ConversionErrorException conversion) {
            return List.of(unreadableValue(conversion));
        }
        return context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldProblem(error.getPath().get(), error.getMessage()))
                .toList();
    }

    /**
     * A value in the body that could not be read as its type: a date that is no date, a stance
     * that does not exist. The deserializer knows the property; the message tells what is allowed.
     */
    private static FieldProblem unreadableValue(ConversionErrorException conversion) {
        FieldProblem refusedText = refusedText(conversion);
        if (refusedText != null) {
            return refusedText;
        }
        String field = conversion.getArgument().getName();
        Class<?> type = null;
        for (Throwable t = conversion.getConversionError().getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property) {
                field = property.getArgument().getName();
                type = property.getArgument().getType();
                break;
            }
        }
        String message = conversion.getConversionError().getCause().getMessage();
        Matcher property = PROPERTY_PROBLEM.matcher(message == null ? "" : message);
        if (type == null && property.find()) {
            field = property.group(2);
            String typeName = property.group(1);
            if (typeName.startsWith("Local") || typeName.endsWith("Instant")) {
                return new FieldProblem(field, "is geen geldige datum (jjjj-mm-dd)");
            }
            if (typeName.matches("Long|long|Integer|int")) {
                return new FieldProblem(field, "is geen geldig getal");
            }
        }
        Matcher enumProblem = ENUM_PROBLEM.matcher(message == null ? "" : message);
        if (enumProblem.find()) {
            if (type == null) {
                field = enumField(conversion.getArgument().getType(), enumProblem.group(1));
            }
            return new FieldProblem(field, "onbekende waarde; kies uit " + enumProblem.group(2));
        }
        if (type == String.class) {
            return new FieldProblem(field, "is geen tekst");
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return new FieldProblem(field, "is geen geldige datum (jjjj-mm-dd)");
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class)) {
            return new FieldProblem(field, "is geen geldig getal");
        }
        if (field.equals(conversion.getArgument().getName()) && type == null) {
            return new FieldProblem("body", "is geen leesbare JSON: " + message);
        }
        return new FieldProblem(field, "heeft een ongeldige waarde");
    }

    /** A text {@link TextRule} refused, named by its path of properties ("points.text"). */
    private static FieldProblem refusedText(ConversionErrorException conversion) {
        List<String> path = new ArrayList<>();
        for (Throwable t = conversion.getConversionError().getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property) {
                path.add(property.getArgument().getName());
            }
            if (t instanceof StoredTextDeserializer.Refused refused) {
                return new FieldProblem(
                        path.isEmpty() ? conversion.getArgument().getName() : String.join(".", path),
                        refused.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static final Pattern PROPERTY_PROBLEM =
            Pattern.compile("Error decoding property \\[([\\w.$<>]+) (\\w+)\\]");
    private static final Pattern ENUM_PROBLEM =
            Pattern.compile("value of type `([\\w.$]+)` due to: Expected one of \\[([^\\]]*)\\]");

    /** The first property of the request type whose type is the enum that could not be read. */
    private static String enumField(Class<?> requestType, String enumClass) {
        if (requestType.isRecord()) {
            for (var component : requestType.getRecordComponents()) {
                if (component.getType().getName().equals(enumClass)) {
                    return component.getName();
                }
            }
        }
        return "body";
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
