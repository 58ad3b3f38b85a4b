package nl.adviestracker.letter;

import java.util.ArrayList;
import java.util.List;

/** The letter as lines of plain text, one per field or paragraph: what staff compare between versions. */
final class PlainLetter {

    private PlainLetter() {}

    static List<String> lines(LetterModel model) {
        LetterView view = LetterView.of(model);
        List<String> lines = new ArrayList<>();
        lines.add("Afdeling " + view.department());
        lines.add("Onderwerp " + view.subject());
        lines.add(view.advisoryBody());
        if (view.attentionLine() != null && !view.attentionLine().isBlank()) {
            lines.add(view.attentionLine());
        }
        lines.addAll(view.addressLines());
        lines.add("Telefoon " + view.phone());
        lines.add("Bijlage(n) " + view.attachments());
        lines.add("Ons kenmerk " + view.ourReference());
        lines.add("Datum " + view.date());
        lines.add("Uw brief van " + view.theirLetterDate());
        lines.add("Uw kenmerk " + view.theirReference());
        lines.add(view.salutation());
        lines.add(view.opening());
        view.responses().forEach(response -> lines.add(response.paragraph()));
        lines.add(view.closing());
        lines.add(view.greeting());
        lines.add(view.signingBody());
        view.signatories().forEach(signatory -> lines.add(signatory.role() + " " + signatory.name()));
        return lines;
    }

    static String text(LetterModel model) {
        return String.join("\n", lines(model)) + "\n";
    }
}
