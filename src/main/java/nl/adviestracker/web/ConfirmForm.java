package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A form with nothing but its CSRF token and, on the second step, {@code bevestigd=ja} ({@link Confirmation}). */
@Serdeable
public record ConfirmForm(
        @Nullable String bevestigd, @Nullable String _csrf) implements CsrfForm {

    public boolean confirmed() {
        return Confirmation.confirmed(bevestigd);
    }
}
