package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.shared.PlausibleDate;

/**
 * A follow-up as a client sends it.
 *
 * @param responseId the response that made the commitment; cannot change afterwards
 * @param status defaults to OPEN on creation; on update only the moves {@link FollowUpStatus#allowedNext()} allows
 * @param version required on update: the version the client last read
 */
@Serdeable
public record FollowUpInput(
        @NotNull(message = "is verplicht") Long responseId,

        @NotBlank(message = "is verplicht") @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String description,

        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String owner,

        @PlausibleDate @Nullable LocalDate dueOn,
        @Nullable FollowUpStatus status,
        @Nullable Integer version) {}
