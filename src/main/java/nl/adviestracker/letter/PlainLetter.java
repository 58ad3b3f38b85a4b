package nl.adviestracker.letter;

import java.util.ArrayList;
import java.util.List;

/** The letter as lines of plain text, one per field or paragraph: what staff compare between versions. */
final class PlainLetter {

    private PlainLetter() {}

    static List<String> lines(LetterModel model) {
        LetterView view = LetterView.of(model);
        LetterheadView head = view.head();
        List<String> lines = new ArrayList<>();
        lines.add("Afdeling " + head.department());
        if (!head.portfolioHolder().isEmpty()) {
            lines.add("Portefeuillehouder " + head.portfolioHolder());
        }
        lines.add("Onderwerp " + head.subject());
        lines.add(head.advisoryBody());
        if (head.attentionLine() != null && !head.attentionLine().isBlank()) {
            lines.add(head.attentionLine());
        }
        lines.addAll(head.addressLines());
        lines.add("Telefoon " + head.phone());
        lines.add("Bijlage(n) " + head.attachments());
        lines.add("Ons kenmerk " + head.ourReference());
        lines.add("Datum " + head.date());
        lines.add("Uw brief van " + head.theirLetterDate());
        lines.add("Uw kenmerk " + head.theirReference());
        lines.add(view.salutation());
        lines.add(view.opening());
        view.responses().forEach(response -> lines.add(response.paragraph()));
        lines.add(view.closing());
        lines.add(head.greeting());
        lines.add(head.signingBody());
        head.signatories().forEach(signatory -> lines.add(signatory.role() + " " + signatory.name()));
        return lines;
    }

    static String text(LetterModel model) {
        return String.join("\n", lines(model)) + "\n";
    }
}
