package nl.adviestracker.note;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new note, or a note's new text ({@code version}: the version that was edited; the ids are then ignored).
 *
 * @param pointId the point it is about, if any
 * @param responseId the response it is about, if any
 * @param parentId the note it answers, if any
 */
@Serdeable
public record NoteInput(
        @NotBlank(message = "is verplicht") @Size(max = 4000, message = "mag hoogstens {max} tekens bevatten")
        String text,

        @Nullable Long pointId,
        @Nullable Long responseId,
        @Nullable Long parentId,
        @Nullable Integer version) {}
