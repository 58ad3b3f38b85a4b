package nl.adviestracker.letter;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How alike two letters read, word for word, as Python's {@code difflib.SequenceMatcher.ratio()} measures
 * it: 2·M / T, where M is the number of words the two sequences have in common in order (here the longest
 * common subsequence that java-diff-utils' Myers diff finds) and T the number of words of both together.
 * Only the letter's body counts: the words after "Geachte lezer," up to "Met vriendelijke groet", without
 * the CONCEPT mark of a draft.
 */
final class WordSimilarity {

    static final String FROM = "Geachte lezer,";
    static final String TO = "Met vriendelijke groet";

    private WordSimilarity() {}

    /** 2·M / T over the words of the two texts; 1.0 for two empty texts. */
    static double ratio(List<String> a, List<String> b) {
        int total = a.size() + b.size();
        if (total == 0) {
            return 1.0;
        }
        int unmatched = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            unmatched += delta.getSource().size();
        }
        int matched = a.size() - unmatched;
        return 2.0 * matched / total;
    }

    /** The words of the letter's body: between the salutation and the greeting, the draft mark left out. */
    static List<String> bodyWords(String text) {
        String normalised = ReadBack.normalise(text);
        int from = normalised.indexOf(FROM);
        int to = normalised.indexOf(TO, Math.max(0, from));
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("no '" + FROM + "' ... '" + TO + "' in the text");
        }
        String body = normalised.substring(from + FROM.length(), to);
        return Arrays.stream(body.split(" "))
                .filter(word -> !word.isEmpty() && !word.equals(LetterView.DRAFT_MARK))
                .toList();
    }

    /** The real letter of seed 004 as its text was taken from the PDF (test resource {@code seed-004.txt}). */
    static String seedLetterText() {
        try (InputStream in = WordSimilarity.class.getResourceAsStream("seed-004.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
