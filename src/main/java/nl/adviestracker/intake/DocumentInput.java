package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A document to keep with an advice, as an API client sends it: the file as base64 in {@code contentBase64}. */
@Serdeable
public record DocumentInput(
        @NotNull(message = "is verplicht: kies wat voor stuk het is")
        DocumentKind kind,

        @NotBlank(message = "is verplicht") @Size(max = 255, message = "mag hoogstens {max} tekens bevatten")
        String fileName,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String contentType,

        @NotBlank(message = "is verplicht") String contentBase64) {}
