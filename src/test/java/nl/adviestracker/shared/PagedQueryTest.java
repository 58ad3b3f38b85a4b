package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagedQueryTest {

    @Test
    void aPagesBoundsAreWrittenIntoTheStatementSoThatOnePlanServesEveryCall() {
        assertThat(PagedQuery.limitAndOffset(new PageRequest(0, 25))).isEqualTo(" limit 25 offset 0");
        assertThat(PagedQuery.limitAndOffset(new PageRequest(3, 200))).isEqualTo(" limit 200 offset 600");
    }
}
