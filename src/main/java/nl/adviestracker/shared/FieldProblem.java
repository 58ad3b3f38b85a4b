package nl.adviestracker.shared;

import io.micronaut.serde.annotation.Serdeable;

/** What is wrong with one field of a request: {@code field} is its name in the request body or form. */
@Serdeable
public record FieldProblem(String field, String message) {}
