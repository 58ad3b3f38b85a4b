package nl.adviestracker.letter;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * Renders a {@link ReportDocument} with the letter machinery: the organisation's letterhead and
 * signatories ({@link Letterheads}), the template and print stylesheet ({@link LetterTemplates}), the PDF/A
 * renderer and the DOCX writer. A report is never a draft: it carries no CONCEPT mark.
 */
@Singleton
public class ReportDocuments {

    private final Letterheads letterheads;
    private final LetterTemplates templates;
    private final PdfRenderer pdf = new PdfRenderer();
    private final DocxRenderer docx = new DocxRenderer();

    ReportDocuments(Letterheads letterheads, LetterRenderer renderer) {
        this.letterheads = letterheads;
        this.templates = renderer.templates();
    }

    public String html(ReportDocument document) {
        return templates.render(document.template(), view(document));
    }

    public byte[] pdf(ReportDocument document) {
        return pdf.render(html(document));
    }

    public byte[] docx(ReportDocument document) {
        return docx.render(view(document));
    }

    ReportDocumentView view(ReportDocument document) {
        Letterheads.Letterhead letterhead = letterheads.ofOrganisation();
        LetterheadView head = letterhead.view(
                document.subject(),
                document.addressee(),
                null,
                List.of(),
                LetterView.NONE,
                document.date(),
                LetterView.NONE,
                LetterView.NONE);
        return new ReportDocumentView(
                head, document.salutation(), document.introduction(), document.sections(), document.closing());
    }
}
