package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The letter's own texts as a client sends them; absent parts take the defaults.
 *
 * @param version required when the texts were saved before: the version the client last read
 */
@Serdeable
public record LetterTextInput(
        @Nullable @Size(max = 300, message = "mag hoogstens {max} tekens bevatten")
        String subject,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String salutation,

        @Nullable @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String opening,

        @Nullable @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String closing,

        @Nullable @Size(max = 50, message = "mag hoogstens {max} tekens bevatten")
        String phone,

        @Nullable @Size(max = 20, message = "mag hoogstens {max} bijlagen bevatten")
        List<@Size(max = 200, message = "mag hoogstens {max} tekens bevatten") String> attachments,

        @Nullable Integer version) {}
