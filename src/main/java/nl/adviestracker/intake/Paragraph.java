package nl.adviestracker.intake;

import nl.adviestracker.shared.TextRule;

/**
 * One paragraph of an extracted document, as the reader saw it: Word's automatic numbering is
 * rendered into {@code text} ("2. ...", "b) ...", "• ..."), soft line breaks are kept as {@code \n}.
 *
 * @param level outline level of a heading (1 = top) or list level of a list item (0 = top); 0 otherwise
 */
public record Paragraph(String text, Kind kind, int level) {

    /** What the source said the paragraph is; plain text and PDF only ever give {@link #BODY}. */
    public enum Kind {
        /** Ordinary text. */
        BODY,
        /** A heading by its paragraph style (Word "Kop 1", "Heading 2", "Title"). */
        HEADING,
        /** An item of a Word list with automatic numbering or bullets. */
        LIST_ITEM
    }

    public Paragraph {
        // every reader's output passes here: Word's manual line breaks (VT) become LF, controls go
        text = text == null ? "" : TextRule.xmlSafe(text);
    }

    public static Paragraph body(String text) {
        return new Paragraph(text, Kind.BODY, 0);
    }
}
