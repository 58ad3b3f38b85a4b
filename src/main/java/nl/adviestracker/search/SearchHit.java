package nl.adviestracker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.response.Stance;

/**
 * One thing a search found, with the advice it belongs to.
 *
 * @param itemId the id of the advice, point, response or follow-up
 * @param label the point's label ("2a"); null for other kinds
 * @param snippetHtml a piece of the text around the matches, HTML-escaped, matches in {@code <mark>}
 * @param rank higher is better; only comparable within one search
 */
@Serdeable
public record SearchHit(
        HitKind kind,
        long itemId,
        long adviceId,
        String adviceSubject,
        long bodyId,
        String bodyName,
        @Nullable String theme,
        LocalDate receivedOn,
        AdviceStatus adviceStatus,
        @Nullable String label,
        @Nullable Stance stance,
        @Nullable String followUpStatus,
        String snippetHtml,
        double rank) {}
