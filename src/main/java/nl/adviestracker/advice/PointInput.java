package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A point as a client sends it.
 *
 * @param position 1-based place in the advice; when absent a new point goes last and an existing one stays
 * @param version required on update: the version the client last read
 */
@Serdeable
public record PointInput(
        @NotBlank(message = "is verplicht")
        @Size(max = 20, message = "mag hoogstens {max} tekens bevatten")
        @Pattern(regexp = "[A-Za-z0-9.\\-]*", message = "mag alleen letters, cijfers, punten en streepjes bevatten")
        String label,

        @NotBlank(message = "is verplicht") @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String text,

        @NotNull(message = "is verplicht") PointKind kind,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String documentReference,

        @Nullable Integer position,
        @Nullable Integer version) {}
