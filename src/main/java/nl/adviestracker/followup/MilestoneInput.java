package nl.adviestracker.followup;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Serdeable
public record MilestoneInput(
        @NotBlank(message = "is verplicht") @Size(max = 500, message = "mag hoogstens {max} tekens bevatten")
        String description,

        @NotNull(message = "is verplicht") LocalDate plannedOn) {}
