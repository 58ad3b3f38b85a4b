package nl.adviestracker.repeat;

import java.util.List;

/**
 * How alike two points are, in SQL, so the database compares a point with every earlier point of the
 * body in one statement. Two signals, both PostgreSQL's own:
 *
 * <ul>
 *   <li>the share of content words they have in common: the Dutch full-text lexemes (stemmed, stop words
 *       out) of each point, less the words every advice uses to ask ("adviseren", "nogmaals", ...),
 *       in common as a share of all their words (Jaccard);
 *   <li>pg_trgm's trigram similarity of the whole texts, which catches spelling variants and compounds
 *       that the stemmer keeps apart ("inkomensgrens", "inkomensgrenzen").
 * </ul>
 *
 * The weights and the threshold were chosen on the labelled pairs under {@code src/test/resources/repeat}
 * (committed before the choice); {@code RepeatMeasureIT} prints precision and recall on them.
 */
final class RepeatMeasure {

    /** Words of asking and repeating that say nothing about what is asked. */
    static final List<String> ASKING_WORDS = List.of(
            "adviseren",
            "adviseert",
            "advies",
            "vragen",
            "vraagt",
            "opnieuw",
            "nogmaals",
            "herhalen",
            "herhaalt",
            "wederom",
            "eerder",
            "zorg",
            "zorgen",
            "zorgt",
            "blijven",
            "pleiten",
            "aandringen",
            "adviesraad",
            "ASDG",
            "gemeente",
            "gemeentelijke",
            "college",
            "maak",
            "maken",
            "geef",
            "zet",
            "verzoek",
            "belang");

    /*
     * Chosen on the labelled pairs (min of precision and recall, thresholds in steps of 0.01): the lexeme
     * overlap alone reached 0.79, trigram similarity alone 0.81, pg_trgm's word similarity 0.85 but it is
     * not symmetric; this mix reached precision 0.83 and recall 0.85, with the symmetric similarity that
     * the trigram index serves.
     */
    static final double WORD_WEIGHT = 0.4;
    static final double TRIGRAM_WEIGHT = 0.6;
    static final double THRESHOLD = 0.31;

    private RepeatMeasure() {}

    /**
     * Opens a statement that uses {@link #score}: the asking words as lexemes, bound once as its first
     * parameter ({@link #askingWords()}).
     */
    static final String WITH_ASKING_WORDS =
            "with asking as (select tsvector_to_array(to_tsvector('dutch'::regconfig, ?)) as words) ";

    static String askingWords() {
        return String.join(" ", ASKING_WORDS);
    }

    /** The score of two text expressions {@code x} and {@code y}, between 0 and 1 (with {@link #WITH_ASKING_WORDS}). */
    static String score(String x, String y) {
        String lexemesX = lexemes(x);
        String lexemesY = lexemes(y);
        String common =
                "cardinality(array(select unnest(" + lexemesX + ") intersect select unnest(" + lexemesY + ")))::float8";
        String all = "greatest(1, cardinality(array(select unnest(" + lexemesX + ") union select unnest(" + lexemesY
                + "))))";
        return "(" + WORD_WEIGHT + " * " + common + " / " + all + " + " + TRIGRAM_WEIGHT + " * similarity(" + x + ", "
                + y + "))";
    }

    private static String lexemes(String text) {
        return "array(select unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, " + text
                + "))) except select unnest((select words from asking)))";
    }
}
