package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Evidence as a client sends it. A LINK needs {@code url}; a DOCUMENT needs {@code fileName} and the
 * file as base64 in {@code contentBase64}.
 */
@Serdeable
public record EvidenceInput(
        @NotNull(message = "is verplicht") EvidenceKind kind,

        @NotBlank(message = "is verplicht") @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        String description,

        @Nullable
        @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
        @Pattern(regexp = "https?://\\S+", message = "moet een http- of https-adres zijn")
        String url,

        @Nullable @Size(max = 255, message = "mag hoogstens {max} tekens bevatten")
        String fileName,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String contentType,

        @Nullable String contentBase64) {}
