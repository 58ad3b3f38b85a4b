package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of a follow-up to another status.
 *
 * @param reason why; required to drop a follow-up or to reopen one
 * @param evidence added in the same step, e.g. the decision that completes it
 * @param version the follow-up's version the client last read
 */
@Serdeable
public record TransitionInput(
        @NotNull(message = "is verplicht") FollowUpStatus to,

        @Nullable @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String reason,

        @Nullable @Valid EvidenceInput evidence,
        @Nullable Integer version) {}
