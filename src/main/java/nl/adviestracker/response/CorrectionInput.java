package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.shared.PlausibleDate;

/**
 * A correction or supplement as a client sends it.
 *
 * @param stance required for a correction, absent for a supplement
 * @param correctedOn the date it holds from; absent: today
 */
@Serdeable
public record CorrectionInput(
        @NotNull(message = "is verplicht") Long responseId,
        @NotNull(message = "is verplicht") CorrectionKind kind,
        @Nullable Stance stance,

        @NotBlank(message = "is verplicht") @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String text,

        @Nullable @Size(max = 5000, message = "mag hoogstens {max} tekens bevatten")
        String reason,

        @NotBlank(message = "is verplicht") @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String why,

        @Nullable @PlausibleDate LocalDate correctedOn) {}
