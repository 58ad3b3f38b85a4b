package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How satisfied the body was with the answers, per group: the current verdict of each response counts
 * once (a revised verdict counts as revised, its earlier versions not at all).
 */
@Serdeable
public record VerdictShares(String groupBy, @Nullable Integer year, List<Row> rows, Row total) {

    /**
     * @param shareSatisfied satisfied verdicts as a share of all verdicts (0 to 1); null without verdicts
     */
    @Serdeable
    public record Row(
            String group,
            int verdicts,
            int satisfied,
            int partly,
            int notSatisfied,
            int conversationsWanted,
            @Nullable Double shareSatisfied) {

        /** The share satisfied as a Dutch percentage ("67%"), for screens. */
        public String percentSatisfied() {
            return shareSatisfied == null ? "–" : Math.round(shareSatisfied * 100) + "%";
        }
    }
}
