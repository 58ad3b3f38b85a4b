package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.body.ResponseTermUnit;
import nl.adviestracker.shared.PlausibleDate;

/**
 * An extension of the term to answer an advice: either a new date ({@code dueOn}), or a length
 * ({@code length} and {@code unit}) added to the date now in force, counted as the body's term is.
 *
 * @param version the advice's version the client last read
 */
@Serdeable
public record ExtensionInput(
        @PlausibleDate @Nullable LocalDate dueOn,

        @Nullable
        @Min(value = 1, message = "moet minstens {value} zijn")
        @Max(value = 365, message = "mag hoogstens {value} zijn")
        Integer length,

        @Nullable ResponseTermUnit unit,

        @NotBlank(message = "is verplicht: een verlenging heeft een reden")
        @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String reason,

        @Nullable Integer version) {}
