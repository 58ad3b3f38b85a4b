package nl.adviestracker.intake;

import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.shared.TextRule;

/**
 * The text of an uploaded document as paragraphs, in reading order.
 *
 * @param subjectHint subject from outside the text (an e-mail's Subject header), or null
 * @param dateHint date from outside the text (an e-mail's Date header), or null
 * @param ocrPages the pages read with OCR and how sure it was of each; empty for a document with text
 */
public record ExtractedDocument(
        DocumentFormat format,
        List<Paragraph> paragraphs,
        String subjectHint,
        LocalDate dateHint,
        List<OcrPage> ocrPages) {

    public ExtractedDocument {
        paragraphs = List.copyOf(paragraphs);
        subjectHint = TextRule.xmlSafe(subjectHint);
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
    }

    public ExtractedDocument(
            DocumentFormat format, List<Paragraph> paragraphs, String subjectHint, LocalDate dateHint) {
        this(format, paragraphs, subjectHint, dateHint, List.of());
    }

    public ExtractedDocument(DocumentFormat format, List<Paragraph> paragraphs) {
        this(format, paragraphs, null, null, List.of());
    }
}
