package nl.adviestracker.dossier;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number the next point of a draft most likely gets: one more than the last main number ("3" or
 * "3b" gives "4"). Empty when the last label is not a number (roman numerals, letters), so the member
 * types it.
 */
final class NextPointLabel {

    private static final Pattern MAIN = Pattern.compile("^(\\d+)(?:\\.?([a-z]+|\\d+))?$");

    private NextPointLabel() {}

    static String after(List<String> labels) {
        if (labels.isEmpty()) {
            return "1";
        }
        Matcher last = MAIN.matcher(labels.get(labels.size() - 1).strip());
        return last.matches() ? String.valueOf(Integer.parseInt(last.group(1)) + 1) : "";
    }
}
