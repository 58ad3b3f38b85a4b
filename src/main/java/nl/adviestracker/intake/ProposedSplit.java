package nl.adviestracker.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How intake proposes to split an advice into points. Nothing is stored: staff check and correct the
 * proposal before the advice is recorded. The letter around the advice (addresses, salutation,
 * closing, signatures) is left out; the introduction and conclusion are kept as the body's own text.
 *
 * @param numberingFound false when the document has no recognisable numbering and each paragraph
 *     (or bullet) was proposed as a point
 * @param message a Dutch summary for the screen
 * @param warnings Dutch remarks on what staff should check
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProposedSplit(
        DocumentFormat format,
        LetterMetadata metadata,
        String introduction,
        List<ProposedPoint> points,
        String conclusion,
        boolean numberingFound,
        String message,
        List<String> warnings) {

    public ProposedSplit {
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
    }
}
