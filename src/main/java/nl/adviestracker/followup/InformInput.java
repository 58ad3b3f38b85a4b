package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.shared.PlausibleDate;

/** That the body was told the outcome; {@code informedOn} defaults to today. */
@Serdeable
public record InformInput(
        @PlausibleDate @Nullable LocalDate informedOn,
        @NotNull(message = "is verplicht") InformMeans means,

        @Nullable @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String note) {}
