package nl.adviestracker.followup;

import io.micronaut.core.annotation.Creator;
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
 * @param dueOnReason why a due date that was set moves (or goes); not needed for the first date
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

        @Nullable @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String dueOnReason,

        @Nullable FollowUpStatus status,
        @Nullable Integer version) {

    @Creator
    public FollowUpInput {}

    /** A follow-up whose due date is set for the first time or stays as it is: no reason needed. */
    public FollowUpInput(
            Long responseId,
            String description,
            String owner,
            @Nullable LocalDate dueOn,
            @Nullable FollowUpStatus status,
            @Nullable Integer version) {
        this(responseId, description, owner, dueOn, null, status, version);
    }
}
