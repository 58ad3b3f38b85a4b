package nl.adviestracker.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organisation's name and letterhead as its admin sends them.
 *
 * @param signatories "role: name" of each signatory, in order
 */
@Serdeable
public record OrganisationInput(
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String name,

        @NotBlank(message = "is verplicht") @Size(max = 300, message = "mag hoogstens {max} tekens bevatten")
        String collegeName,

        @Nullable @Size(max = 50, message = "mag hoogstens {max} tekens bevatten")
        String phone,

        @Nullable @Size(max = 500, message = "mag hoogstens {max} tekens bevatten")
        String postalAddress,

        @Nullable @Size(max = 10, message = "mag hoogstens {max} ondertekenaars bevatten")
        List<
                        @NotNull(message = "is verplicht")
                        @Pattern(
                                regexp = "[^,:]{1,80}:[^,:]{1,80}",
                                message = "moet de vorm 'functie: naam' hebben, zonder komma")
                        String>
                signatories,

        @Nullable @Size(max = 500, message = "mag hoogstens {max} tekens bevatten")
        String logoReference,

        @Nullable @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
        String houseFont,

        @Nullable @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "moet een kleur als #rrggbb zijn")
        String houseColour,

        @Nullable Integer version) {

    List<String> signatoryList() {
        return signatories == null
                ? List.of()
                : signatories.stream().map(String::strip).toList();
    }
}
