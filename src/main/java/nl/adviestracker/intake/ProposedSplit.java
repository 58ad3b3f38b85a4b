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
 * @param ocrPages the pages read with OCR (a scan or photo) with their confidence; empty otherwise
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
        List<String> warnings,
        List<OcrPage> ocrPages) {

    public ProposedSplit {
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
    }

    public ProposedSplit(
            DocumentFormat format,
            LetterMetadata metadata,
            String introduction,
            List<ProposedPoint> points,
            String conclusion,
            boolean numberingFound,
            String message,
            List<String> warnings) {
        this(format, metadata, introduction, points, conclusion, numberingFound, message, warnings, List.of());
    }

    /** Whether the text was read from an image with OCR. */
    public boolean ocrRead() {
        return !ocrPages.isEmpty();
    }
}
