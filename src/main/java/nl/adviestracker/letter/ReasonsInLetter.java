package nl.adviestracker.letter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A departure from an advice must give its reasons in the letter itself (Awb 3:50): each response's
 * reason, whitespace aside, must be in the rendered text, whether the response text already says it or
 * the template prints it after the text. A body's own template variant could leave it out; then the
 * letter cannot be made final.
 */
final class ReasonsInLetter {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ReasonsInLetter() {}

    /** The responses of the letter whose reason the rendered XHTML does not contain. */
    static List<LetterModel.ResponseEntry> missing(LetterModel letter, String xhtml) {
        String text = LetterModel.ResponseEntry.normalise(textOf(xhtml));
        return letter.responses().stream()
                .filter(r -> r.reason() != null)
                .filter(r -> !text.contains(LetterModel.ResponseEntry.normalise(r.reason())))
                .toList();
    }

    /** The text of our own well-formed XHTML: tags removed, the entities the templates produce decoded. */
    static String textOf(String xhtml) {
        int body = xhtml.indexOf("<body");
        String text = TAG.matcher(body < 0 ? xhtml : xhtml.substring(body)).replaceAll(" ");
        return text.replace("&#160;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&#x3D;", "=")
                .replace("&#96;", "`")
                .replace("&#x60;", "`")
                .replace("&amp;", "&");
    }
}
