package nl.adviestracker.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which colleagues a note mentions. */
class MentionsTest {

    @Test
    void anAtSignThatStartsAWordMentionsTheUsernameAfterIt() {
        assertThat(Mentions.in("@anna kijk jij even naar punt 3? En @b.de-vries ook"))
                .containsExactly("anna", "b.de-vries");
    }

    @Test
    void punctuationAfterTheNameEndsIt() {
        assertThat(Mentions.in("Vraag het @anna. Of @bram, of (@carla)!")).containsExactly("anna", "bram", "carla");
    }

    @Test
    void anEmailAddressMentionsNobody() {
        assertThat(Mentions.in("Mail naar anna@gemeente.nl of info@asdg.nl")).isEmpty();
    }

    @Test
    void eachColleagueOnceWhateverTheCase() {
        assertThat(Mentions.in("@Anna en nog eens @anna en @ANNA")).containsExactly("anna");
    }

    @Test
    void aLoneAtSignIsNoMention() {
        assertThat(Mentions.in("@ is geen naam, @. ook niet")).isEmpty();
    }
}
