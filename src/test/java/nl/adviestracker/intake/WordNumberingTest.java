package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import nl.adviestracker.intake.corpus.DocxBuilder;
import nl.adviestracker.intake.corpus.DocxBuilder.Level;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's automatic numbering comes out as the numbers the reader saw. */
class WordNumberingTest {

    private static List<String> texts(DocxBuilder builder) throws IOException {
        return new DocxReader()
                .read(builder.bytes()).stream().map(Paragraph::text).toList();
    }

    @Test
    void multiLevelListWithDeeperLevelsRestarting() throws IOException {
        DocxBuilder b = new DocxBuilder();
        BigInteger list = b.list(
                Level.of(STNumberFormat.DECIMAL, "%1."),
                Level.of(STNumberFormat.LOWER_LETTER, "%2)"),
                Level.of(STNumberFormat.LOWER_ROMAN, "(%3)"));
        b.item(list, 0, "een")
                .item(list, 1, "een a")
                .item(list, 1, "een b")
                .item(list, 2, "een b i")
                .item(list, 2, "een b ii")
                .item(list, 0, "twee")
                .item(list, 1, "twee a")
                .paragraph("tussendoor")
                .item(list, 0, "drie");
        assertThat(texts(b))
                .containsExactly(
                        "1. een",
                        "a) een a",
                        "b) een b",
                        "(i) een b i",
                        "(ii) een b ii",
                        "2. twee",
                        "a) twee a",
                        "tussendoor",
                        "3. drie");
    }

    @Test
    void legalStyleLevelTextCombinesLevels() throws IOException {
        DocxBuilder b = new DocxBuilder();
        BigInteger list = b.list(Level.of(STNumberFormat.DECIMAL, "%1."), Level.of(STNumberFormat.DECIMAL, "%1.%2"));
        b.item(list, 0, "Toegang")
                .item(list, 1, "Wachttijd")
                .item(list, 1, "Bereikbaarheid")
                .item(list, 0, "Kosten")
                .item(list, 1, "Eigen bijdrage");
        assertThat(texts(b))
                .containsExactly(
                        "1. Toegang", "1.1 Wachttijd", "1.2 Bereikbaarheid", "2. Kosten", "2.1 Eigen bijdrage");
    }

    @Test
    void startValuesRomanAndUpperLetters() throws IOException {
        DocxBuilder b = new DocxBuilder();
        BigInteger roman = b.list(new Level(STNumberFormat.UPPER_ROMAN, "%1.", 3));
        BigInteger letters = b.list(Level.of(STNumberFormat.UPPER_LETTER, "%1:"));
        b.item(roman, 0, "derde")
                .item(roman, 0, "vierde")
                .item(letters, 0, "eerste")
                .item(roman, 0, "vijfde")
                .item(letters, 0, "tweede");
        assertThat(texts(b)).containsExactly("III. derde", "IV. vierde", "A: eerste", "V. vijfde", "B: tweede");
    }

    @Test
    void eachListInstanceCountsForItselfAndARestartStartsAgain() throws IOException {
        DocxBuilder b = new DocxBuilder();
        BigInteger list = b.list(Level.of(STNumberFormat.DECIMAL, "%1."));
        b.item(list, 0, "a").item(list, 0, "b");
        BigInteger restarted = b.restart(list, 1);
        b.item(restarted, 0, "c");
        BigInteger fromTen = b.restart(list, 10);
        b.item(fromTen, 0, "d").item(fromTen, 0, "e");
        b.item(list, 0, "f");
        assertThat(texts(b)).containsExactly("1. a", "2. b", "1. c", "10. d", "11. e", "3. f");
    }

    @Test
    void bulletsComeOutAsBulletsAndEmptyNumberedParagraphsStillCount() throws IOException {
        DocxBuilder b = new DocxBuilder();
        BigInteger bullets = b.list(Level.of(STNumberFormat.BULLET, "\uF0B7"));
        BigInteger list = b.list(Level.of(STNumberFormat.DECIMAL, "%1)"));
        b.item(bullets, 0, "eerste opsomming")
                .item(list, 0, "een")
                .item(list, 0, "")
                .item(list, 0, "drie");
        assertThat(texts(b)).containsExactly("• eerste opsomming", "1) een", "3) drie");
    }

    @Test
    void headingsNumberedThroughTheirStyle() throws IOException {
        DocxBuilder b = new DocxBuilder();
        BigInteger headings = b.list(Level.of(STNumberFormat.DECIMAL, "%1."));
        b.headingStyle("Heading1", "heading 1", headings);
        b.heading("Heading1", "Toegang").paragraph("Tekst.").heading("Heading1", "Kosten");
        List<Paragraph> paragraphs = new DocxReader().read(b.bytes());
        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("1. Toegang", "Tekst.", "2. Kosten");
        assertThat(paragraphs.get(0).kind()).isEqualTo(Paragraph.Kind.HEADING);
        assertThat(paragraphs.get(1).kind()).isEqualTo(Paragraph.Kind.BODY);
    }

    @Test
    void numbersAreFormattedLikeWord() {
        assertThat(Numerals.roman(1994)).isEqualTo("MCMXCIV");
        assertThat(Numerals.parseRoman("XIV")).isEqualTo(14);
        assertThat(Numerals.parseRoman("IIII")).isZero();
        assertThat(Numerals.letters(1, false)).isEqualTo("a");
        assertThat(Numerals.letters(27, false)).isEqualTo("aa");
        assertThat(Numerals.letters(28, true)).isEqualTo("BB");
        assertThat(WordNumbering.format(7, STNumberFormat.DECIMAL_ZERO)).isEqualTo("07");
        assertThat(WordNumbering.format(4, STNumberFormat.LOWER_ROMAN)).isEqualTo("iv");
    }
}
