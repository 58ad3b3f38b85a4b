package nl.adviestracker.body;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An advisory body as a client sends it.
 *
 * @param postalAddress the lines under "t.a.v." in a letter, separated by newlines
 * @param contactEmail the body's secretariat, for letters and notifications by e-mail
 * @param responseTermLength with {@code responseTermUnit}: the college's term to answer; six weeks when absent
 */
@Serdeable
public record BodyInput(
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String name,

        @NotBlank(message = "is verplicht") @Size(max = 40, message = "mag hoogstens {max} tekens bevatten")
        String shortName,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String contactName,

        @Nullable @Size(max = 500, message = "mag hoogstens {max} tekens bevatten")
        String postalAddress,

        @Nullable
        @Email(message = "is geen geldig e-mailadres")
        @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String contactEmail,

        @Nullable
        @Min(value = 1, message = "moet minstens {value} zijn")
        @Max(value = 365, message = "mag hoogstens {value} zijn")
        Integer responseTermLength,

        @Nullable ResponseTermUnit responseTermUnit,

        @Nullable
        List<
                        @NotBlank(message = "is verplicht")
                        @Size(max = 200, message = "mag hoogstens {max} tekens bevatten") String>
                projectGroups,

        @Nullable Integer version) {

    @Creator
    public BodyInput {}

    /** A body without a contact e-mail address. */
    public BodyInput(
            String name,
            String shortName,
            @Nullable String contactName,
            @Nullable String postalAddress,
            @Nullable Integer responseTermLength,
            @Nullable ResponseTermUnit responseTermUnit,
            @Nullable List<String> projectGroups,
            @Nullable Integer version) {
        this(
                name,
                shortName,
                contactName,
                postalAddress,
                null,
                responseTermLength,
                responseTermUnit,
                projectGroups,
                version);
    }
}
