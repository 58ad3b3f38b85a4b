package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A form that is only a button: it carries nothing but the CSRF token. */
@Serdeable
public record PlainForm(@Nullable String _csrf) implements CsrfForm {}
