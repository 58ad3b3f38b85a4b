package nl.adviestracker.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.adviestracker.advice.PointKind;

/**
 * One point as found in the document.
 *
 * @param label the number as written, without punctuation: "3", "2a", "2.1", "IV"; for a document
 *     without numbering the position ("1", "2", ...)
 * @param text the point's own words; paragraphs separated by a blank line, bullets as "- "
 * @param kind what the point is, as its wording says (a recommendation when nothing says otherwise)
 * @param documentReference the article or section of the advised document the point names
 *     ("art. 3.8 lid 3", "paragraaf 4.2"), as written; null when it names none
 * @param doubts Dutch remarks on what the detector was unsure of at this point
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProposedPoint(
        String label, String text, PointKind kind, @Nullable String documentReference, List<String> doubts) {

    public ProposedPoint {
        doubts = doubts == null ? List.of() : List.copyOf(doubts);
    }

    public ProposedPoint withDoubt(String doubt) {
        List<String> more = new java.util.ArrayList<>(doubts);
        more.add(doubt);
        return new ProposedPoint(label, text, kind, documentReference, more);
    }

    public ProposedPoint(String label, String text) {
        this(label, text, PointKind.RECOMMENDATION, null, List.of());
    }
}
