package nl.adviestracker.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of what a user typed, and the tsquery that finds them. Every word must occur (AND), in
 * any inflection (the 'dutch' stemmer) and as the start of a longer word: Dutch glues words together,
 * and "armoede" should find "armoedebeleid". Words shorter than three letters only match whole, so
 * "de" or "ww" do not expand to half the dictionary. Only letters and digits reach the tsquery, so
 * nothing a user types can change its syntax.
 */
record SearchTerms(List<String> words) {

    static final int MAX_WORDS = 8;
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int PREFIX_FROM = 3;

    static SearchTerms of(String query) {
        Set<String> words = new LinkedHashSet<>();
        if (query != null) {
            for (String word : NOT_A_WORD_CHARACTER.split(query.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty() && word.length() <= 100 && words.size() < MAX_WORDS) {
                    words.add(word);
                }
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Text for {@code to_tsquery('dutch', ...)}, e.g. {@code armoede:* & noord:*}. */
    String tsquery() {
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            parts.add(word.length() >= PREFIX_FROM ? word + ":*" : word);
        }
        return String.join(" & ", parts);
    }

    SearchTerms replace(String word, String by) {
        return new SearchTerms(
                words.stream().map(w -> w.equals(word) ? by : w).distinct().toList());
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
