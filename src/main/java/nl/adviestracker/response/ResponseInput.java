package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A response as a client sends it.
 *
 * @param pointIds the points of this advice it answers; none of them may be answered by another response
 * @param paraphrase may hold {@code {punten}} where the point reference goes; otherwise the letter puts it at the end
 * @param version required on update: the version the client last read
 */
@Serdeable
public record ResponseInput(
        @NotEmpty(message = "kies minstens één punt") @Size(max = 500, message = "mag hoogstens {max} punten bevatten")
        List<@NotNull(message = "is verplicht") Long> pointIds,

        @NotNull(message = "is verplicht") Stance stance,

        @Nullable @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String paraphrase,

        @NotBlank(message = "is verplicht") @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String text,

        @Nullable @Size(max = 5000, message = "mag hoogstens {max} tekens bevatten")
        String reason,

        @Nullable Integer version) {}
