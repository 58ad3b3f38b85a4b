package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.shared.PlausibleDate;

/**
 * An advice request as staff send it.
 *
 * @param requestedOn defaults to today
 * @param document the draft policy document; on update, absent keeps the one stored
 * @param version required on update
 */
@Serdeable
public record RequestInput(
        @NotNull(message = "is verplicht") Long bodyId,

        @NotBlank(message = "is verplicht") @Size(max = 300, message = "mag hoogstens {max} tekens bevatten")
        String subject,

        @NotBlank(message = "is verplicht") @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String question,

        @PlausibleDate @Nullable LocalDate requestedOn,
        @PlausibleDate @NotNull(message = "is verplicht") LocalDate neededBy,

        @Nullable @Size(max = 300, message = "mag hoogstens {max} tekens bevatten")
        String decision,

        @PlausibleDate @Nullable LocalDate decisionOn,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String department,

        @Nullable @Valid DocumentInput document,
        @Nullable Integer version) {

    /** An uploaded file: its name, type and content as base64. */
    @Serdeable
    public record DocumentInput(
            @NotBlank(message = "is verplicht") @Size(max = 255, message = "mag hoogstens {max} tekens bevatten")
            String fileName,

            @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
            String contentType,

            @NotBlank(message = "is verplicht") String contentBase64) {}
}
