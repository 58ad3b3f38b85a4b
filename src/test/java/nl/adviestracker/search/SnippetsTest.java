package nl.adviestracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void escapesTheTextAndOnlyThenMarksTheMatches() {
        assertThat(Snippets.html("a < b & \u0001armoede\u0002 \"x\" <script>"))
                .isEqualTo("a &lt; b &amp; <mark>armoede</mark> &quot;x&quot; &lt;script&gt;");
    }

    @Test
    void unbalancedMarkersNeverLeaveAnOpenElement() {
        assertThat(Snippets.html("\u0001armoede")).isEqualTo("<mark>armoede</mark>");
        assertThat(Snippets.html("armoede\u0002")).isEqualTo("armoede");
    }

    @Test
    void termsKeepOnlyLettersAndDigitsAndExpandLongerWords() {
        assertThat(SearchTerms.of("Armoede's & (jeugd)!:* ww").tsquery()).isEqualTo("armoede:* & s & jeugd:* & ww");
        assertThat(SearchTerms.of(" ' ; ").isEmpty()).isTrue();
    }
}
