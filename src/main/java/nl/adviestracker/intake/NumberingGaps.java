package nl.adviestracker.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gaps in the numbering of the points under review, in Dutch: after merging and splitting, "1, 2, 3,
 * 3a, 5" has no point 4. A gap may be the body's own numbering, so it is a warning, never a refusal.
 * Only plain numbers count (1, 2, 3 and sub-points 3a, 3b keep their main number); other labels (II,
 * A) are left alone.
 */
final class NumberingGaps {

    private static final Pattern MAIN = Pattern.compile("^(\\d+)(?:\\.?([a-z]+|\\d+))?$");

    private NumberingGaps() {}

    /** One sentence per gap, e.g. "Na punt 3a volgt punt 5: punt 4 ontbreekt."; empty when none. */
    static List<String> of(List<String> labels) {
        List<String> gaps = new ArrayList<>();
        Integer previous = null;
        String previousLabel = null;
        for (String raw : labels) {
            String label = raw == null ? "" : raw.strip();
            Matcher m = MAIN.matcher(label);
            if (!m.matches()) {
                continue;
            }
            int main = Integer.parseInt(m.group(1));
            if (previous != null && main > previous + 1) {
                String missing = main == previous + 2
                        ? "punt " + (previous + 1) + " ontbreekt"
                        : "de punten " + (previous + 1) + " t/m " + (main - 1) + " ontbreken";
                gaps.add("Na punt " + previousLabel + " volgt punt " + label + ": " + missing + ".");
            }
            if (previous == null || main >= previous) {
                previous = main;
                previousLabel = label;
            }
        }
        return gaps;
    }
}
