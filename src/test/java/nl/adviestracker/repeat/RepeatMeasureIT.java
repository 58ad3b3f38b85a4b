package nl.adviestracker.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The repeat hints measured on the labelled pairs (src/test/resources/repeat, labelled before the measure
 * was tuned): a pair is hinted when its score reaches the threshold. Precision: of the hinted pairs, the
 * share that are repeats; recall: of the repeats, the share hinted. Both must be at least 0.8.
 */
@MicronautTest
class RepeatMeasureIT {

    record Pair(boolean repeat, String earlier, String later) {}

    @Inject
    DataSource dataSource;

    @Test
    void precisionAndRecallOnTheLabelledPairsAreAtLeastPointEight() throws IOException, SQLException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(200);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = db.prepareStatement(RepeatMeasure.WITH_ASKING_WORDS + "select "
                        + RepeatMeasure.score("pair.x", "pair.y") + " from (select ?::text as x, ?::text as y) pair")) {
            for (Pair pair : pairs) {
                statement.setString(1, RepeatMeasure.askingWords());
                statement.setString(2, pair.earlier());
                statement.setString(3, pair.later());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    scores.add(rs.getDouble(1));
                }
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            double score = scores.get(i);
            boolean hinted = score >= RepeatMeasure.THRESHOLD;
            if (hinted && pair.repeat()) {
                truePositives++;
            } else if (hinted) {
                falsePositives++;
                misses.add(String.format("false hint %.2f: %s | %s", score, pair.earlier(), pair.later()));
            } else if (pair.repeat()) {
                falseNegatives++;
                misses.add(String.format("missed %.2f: %s | %s", score, pair.earlier(), pair.later()));
            }
        }
        double precision = (double) truePositives / Math.max(1, truePositives + falsePositives);
        double recall = (double) truePositives / Math.max(1, truePositives + falseNegatives);
        System.out.printf(
                "Repeat hints on %d labelled pairs: precision %.3f (%d of %d hints), recall %.3f (%d of %d repeats)%n",
                pairs.size(),
                precision,
                truePositives,
                truePositives + falsePositives,
                recall,
                truePositives,
                truePositives + falseNegatives);
        misses.forEach(System.out::println);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.8);
    }

    static List<Pair> pairs() throws IOException {
        try (InputStream in = RepeatMeasureIT.class.getResourceAsStream("/repeat/labelled-pairs.tsv")) {
            List<Pair> pairs = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] columns = lines[i].split("\t");
                pairs.add(new Pair(columns[0].equals("repeat"), columns[1], columns[2]));
            }
            return pairs;
        }
    }
}
