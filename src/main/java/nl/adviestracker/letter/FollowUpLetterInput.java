package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What staff add to a follow-up letter.
 *
 * @param text an extra paragraph after the outcome; optional
 * @param signatories who sign, in order; none leaves only "burgemeester en wethouders van Groningen,"
 */
@Serdeable
public record FollowUpLetterInput(
        @Nullable @Size(max = 4000, message = "mag hoogstens {max} tekens bevatten")
        String text,

        @Nullable @Size(max = 3, message = "mag hoogstens {max} ondertekenaars bevatten")
        List<@Valid SignatoryInput> signatories,

        @Nullable @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
        String ourReference) {

    @Serdeable
    public record SignatoryInput(
            @NotBlank(message = "is verplicht") @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
            String role,

            @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
            String name) {}
}
