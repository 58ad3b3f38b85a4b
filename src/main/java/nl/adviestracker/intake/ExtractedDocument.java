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
 * @param ocrTexts the text OCR read on each of {@code ocrPages}, in the same order, to tell on which page a
 *     point stands
 */
public record ExtractedDocument(
        DocumentFormat format,
        List<Paragraph> paragraphs,
        String subjectHint,
        LocalDate dateHint,
        List<OcrPage> ocrPages,
        List<String> ocrTexts) {

    public ExtractedDocument {
        paragraphs = List.copyOf(paragraphs);
        subjectHint = TextRule.xmlSafe(subjectHint);
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
        ocrTexts = ocrTexts == null ? List.of() : List.copyOf(ocrTexts);
    }

    public ExtractedDocument(
            DocumentFormat format,
            List<Paragraph> paragraphs,
            String subjectHint,
            LocalDate dateHint,
            List<OcrPage> ocrPages) {
        this(format, paragraphs, subjectHint, dateHint, ocrPages, List.of());
    }

    public ExtractedDocument(
            DocumentFormat format, List<Paragraph> paragraphs, String subjectHint, LocalDate dateHint) {
        this(format, paragraphs, subjectHint, dateHint, List.of(), List.of());
    }

    public ExtractedDocument(DocumentFormat format, List<Paragraph> paragraphs) {
        this(format, paragraphs, null, null, List.of(), List.of());
    }
}
