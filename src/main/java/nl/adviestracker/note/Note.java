package nl.adviestracker.note;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An internal note, for staff only: on the advice, or on one of its points or responses; a reply names
 * the note it answers ({@code parentId}, always the thread's first note).
 *
 * @param edited when the text was last changed; its earlier texts are kept
 * @param mentions the usernames of the colleagues it mentions
 */
@Serdeable
public record Note(
        long id,
        long adviceId,
        @Nullable Long pointId,
        @Nullable Long responseId,
        @Nullable Long parentId,
        long authorUserId,
        String authorName,
        String text,
        Instant createdAt,
        @Nullable Instant edited,
        int version,
        List<String> mentions) {}
