package nl.adviestracker.letter;

import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.shared.DutchDates;

/**
 * A {@link LetterModel} as the letter prints it: every value a display string, dates in Dutch, empty
 * values replaced by what the letter shows for them. The HTML template and the DOCX writer both read
 * this, so the PDF and the DOCX say exactly the same.
 */
record LetterView(
        LetterheadView head,
        String salutation,
        String opening,
        List<Response> responses,
        String closing,
        boolean draft) {

    /** The mark on every page of a draft, in every format. */
    static final String DRAFT_MARK = "CONCEPT";

    /** What the letter prints for a value that is absent. */
    static final String NONE = "-";

    /**
     * One response paragraph: the paraphrase around the point reference ("U vindt ... zijn ", "(punten 1
     * t/m 4)", ".") followed by the text, and by the reason when the text does not already give it.
     */
    record Response(String beforeReference, String reference, String afterReference, String text, String reason) {
        String paragraph() {
            String lead = beforeReference + reference + afterReference;
            String paragraph = text.isEmpty() ? lead : lead + " " + text;
            return reason.isEmpty() ? paragraph : paragraph + " " + reason;
        }
    }

    /** A signatory with the comma after the role, as printed: "burgemeester,". */
    record Signatory(String role, String name) {}

    static LetterView of(LetterModel m) {
        return new LetterView(
                new LetterheadView(
                        m.sender().organisation().strip(),
                        // as documented for the letterhead (Letterheads) and printed by the follow-up letter
                        orNone(m.department()),
                        blankToEmpty(m.sender().portfolioHolder()),
                        m.subject().strip(),
                        m.advisoryBody().strip(),
                        attentionLine(m.attention()),
                        m.addressLines().stream().map(String::strip).toList(),
                        String.join(", ", m.sender().returnAddress()),
                        blankToEmpty(m.sender().logo()),
                        orNone(m.phone()),
                        m.attachments().isEmpty() ? NONE : String.join(", ", m.attachments()),
                        blankToEmpty(m.ourReference()),
                        m.date() == null ? "" : DutchDates.format(m.date()),
                        dateOrNone(m.theirLetterDate()),
                        orNone(m.theirReference()),
                        m.greeting().strip(),
                        m.signingBody().strip(),
                        signatories(m.signatories())),
                m.salutation().strip(),
                m.opening().strip(),
                m.responses().stream().map(LetterView::response).toList(),
                m.closing().strip(),
                m.draft());
    }

    /** Each signatory with the comma after the role, as printed. */
    static List<Signatory> signatories(List<LetterModel.Signatory> signatories) {
        return signatories.stream()
                .map(s -> new Signatory(s.role().strip() + ",", s.name().strip()))
                .toList();
    }

    /** "t.a.v. D. Brouns", or empty when the letter is not for a named contact. */
    static String attentionLine(String attention) {
        return attention == null || attention.isBlank() ? "" : "t.a.v. " + attention.strip();
    }

    private static Response response(LetterModel.ResponseEntry entry) {
        var lead = entry.leadParts();
        return new Response(
                lead.before(), lead.reference(), lead.after(), entry.text().strip(), entry.reasonToPrint());
    }

    static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s.strip();
    }

    private static String dateOrNone(LocalDate date) {
        return date == null ? NONE : DutchDates.format(date);
    }
}
