package nl.adviestracker.intake;

import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.shared.TextRule;

/**
 * The text of an uploaded document as paragraphs, in reading order.
 *
 * @param subjectHint subject from outside the text (an e-mail's Subject header), or null
 * @param dateHint date from outside the text (an e-mail's Date header), or null
 */
public record ExtractedDocument(
        DocumentFormat format, List<Paragraph> paragraphs, String subjectHint, LocalDate dateHint) {

    public ExtractedDocument {
        paragraphs = List.copyOf(paragraphs);
        subjectHint = TextRule.xmlSafe(subjectHint);
    }

    public ExtractedDocument(DocumentFormat format, List<Paragraph> paragraphs) {
        this(format, paragraphs, null, null);
    }
}
