package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a stored text may hold: line breaks as LF, no control characters XML cannot carry. */
class TextRuleTest {

    @Test
    void verticalTabFormFeedAndCarriageReturnsBecomeLineFeeds() {
        assertThat(TextRule.normalise("a\u000Bb\fc\r\nd\re")).isEqualTo("a\nb\nc\nd\ne");
        assertThat(TextRule.require("reason", "een\u000Btwee")).isEqualTo("een\ntwee");
    }

    @Test
    void tabLineFeedAndEveryPrintableCharacterStay() {
        String text = "Tab\there\nnieuwe regel: € ë 😀 \u00A0";
        assertThat(TextRule.require("text", text)).isEqualTo(text);
        assertThat(TextRule.forbidden(text)).isEmpty();
        assertThat(TextRule.require("text", null)).isNull();
    }

    @Test
    void otherControlCharactersNonCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        for (String bad : new String[] {"\u0000", "\u0001", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "x\uDC00"}) {
            assertThatThrownBy(() -> TextRule.require("subject", "tekst" + bad))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            problem -> assertThat(problem.fieldProblems().get(0).field())
                                    .isEqualTo("subject"));
        }
        assertThat(TextRule.forbidden("a\u0001b")).hasValue(1);
    }

    @Test
    void theRenderersSanitiserLeavesOutWhatXmlCannotCarry() {
        assertThat(TextRule.xmlSafe("a\u0001b\u000Bc\uFFFEd\uD800e😀")).isEqualTo("ab\ncde😀");
        assertThat(TextRule.xmlSafe(null)).isNull();
    }
}
