package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.shared.PlausibleDate;

/** A progress note; {@code notedOn} defaults to today. */
@Serdeable
public record NoteInput(
        @PlausibleDate @Nullable LocalDate notedOn,

        @NotBlank(message = "is verplicht") @Size(max = 4000, message = "mag hoogstens {max} tekens bevatten")
        String text) {}
