package nl.adviestracker.letter;

import java.util.Objects;

/**
 * Renders a reply letter as XHTML (for preview), PDF (to send and keep) and DOCX (to edit in a word
 * processor). All three say the same: they are made from one {@link LetterView} of the model.
 */
public final class LetterRenderer {

    private final LetterTemplates templates;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;

    /** Templates from {@code letters/} (or the classpath), fonts from the classpath. */
    public LetterRenderer() {
        this(new LetterTemplates(), new PdfRenderer(), new DocxRenderer());
    }

    public LetterRenderer(LetterTemplates templates, PdfRenderer pdf, DocxRenderer docx) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.docx = Objects.requireNonNull(docx, "docx");
    }

    /** The letter as a complete XHTML document, stylesheet included. */
    public String html(LetterModel letter) {
        LetterModel printable = letter;
        if (letter.sender().logo() != null && !templates.hasLogo(letter.sender().logo())) {
            // a logo that was removed from logos/ is left out rather than breaking every letter
            var sender = letter.sender();
            printable = letter.withSender(new LetterModel.Sender(
                    sender.organisation(), sender.portfolioHolder(), sender.returnAddress(), null));
        }
        return templates.render(printable.template(), LetterView.of(printable));
    }

    /** The templates this renderer uses: variants, logos. */
    public LetterTemplates templates() {
        return templates;
    }

    /** The letter as an A4 PDF with embedded fonts. */
    public byte[] pdf(LetterModel letter) {
        return pdf.render(html(letter), letter.draft() ? LetterView.DRAFT_MARK : null);
    }

    /** The letter as an editable Word document. */
    public byte[] docx(LetterModel letter) {
        return docx.render(letter);
    }

    /** Compiles the reply template and renders a small PDF and DOCX, so the first real letter is fast. */
    public void warmUp() {
        templates.template(LetterTemplates.REPLY);
        pdf.warmUp();
        docx.warmUp();
    }
}
