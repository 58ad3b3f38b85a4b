package nl.adviestracker.organisation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new organisation as the deployment's super-admin creates it, with its first admin ({@code admin.role}
 * and {@code admin.bodyId} are ignored: the account is the organisation's admin).
 */
@Serdeable
public record NewOrganisation(
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String name,

        @NotBlank(message = "is verplicht")
        @Size(max = 60, message = "mag hoogstens {max} tekens bevatten")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "mag alleen kleine letters, cijfers en streepjes bevatten")
        String slug,

        @NotBlank(message = "is verplicht") @Size(max = 300, message = "mag hoogstens {max} tekens bevatten")
        String collegeName,

        @NotNull(message = "is verplicht") @Valid FirstAdmin admin) {

    /** The first admin's account. */
    @Serdeable
    public record FirstAdmin(
            @NotBlank(message = "is verplicht")
            @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
            @Pattern(
                    regexp = "[a-z0-9._-]*",
                    message = "mag alleen kleine letters, cijfers, punt, streepje en liggend streepje bevatten")
            String username,

            @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
            String name,

            @NotBlank(message = "is verplicht")
            @jakarta.validation.constraints.Email(message = "is geen geldig e-mailadres")
            @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
            String email,

            @NotBlank(message = "is verplicht")
            @Size(min = 8, max = 200, message = "moet tussen {min} en {max} tekens lang zijn")
            String password) {}
}
