package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account as an admin sends it.
 *
 * @param password required on creation; on update, a new password or nothing to keep the old one
 * @param bodyId required for ASDG members, absent for every other role
 */
@Serdeable
public record UserInput(
        @NotBlank(message = "is verplicht")
        @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
        @Pattern(
                regexp = "[a-z0-9._-]*",
                message = "mag alleen kleine letters, cijfers, punt, streepje en liggend streepje bevatten")
        String username,

        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String name,

        @NotBlank(message = "is verplicht")
        @Email(message = "is geen geldig e-mailadres")
        @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String email,

        @NotNull(message = "is verplicht") Role role,
        @Nullable Long bodyId,

        @Nullable @Size(min = 8, max = 200, message = "moet tussen {min} en {max} tekens lang zijn")
        String password,

        @Nullable Boolean active,
        @Nullable Integer version) {}
