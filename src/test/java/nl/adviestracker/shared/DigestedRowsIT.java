package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value made of a query's rows is made again only for rows not seen before: the same rows give the very value
 * made of them before, without a row reaching the service; other rows give a value of their own.
 */
@MicronautTest(transactional = false)
class DigestedRowsIT {

    /** Two rows; the second row's word is the argument. */
    private static final String SQL = "select n, word from (values (1, 'advies'), (2, ?)) v (n, word) order by n";

    @Inject
    JdbcOperations jdbc;

    @Inject
    ConnectionOperations<Connection> connections;

    final List<String> rowsReceived = new ArrayList<>();
    final DigestedRows<List<String>> digested = new DigestedRows<>(2);

    @Test
    void theSameRowsGiveTheValueMadeOfThemWithoutSendingThem() {
        List<String> first = read("antwoord");
        assertThat(first).containsExactly("1 advies", "2 antwoord");
        assertThat(rowsReceived).hasSize(2);

        assertThat(read("antwoord")).isSameAs(first);
        assertThat(rowsReceived).as("rows received for rows seen before").hasSize(2);
    }

    @Test
    void otherRowsGiveTheirOwnValueAndTheEarlierOneIsKept() {
        List<String> first = read("antwoord");
        List<String> second = read("toezegging");
        assertThat(second).containsExactly("1 advies", "2 toezegging");
        assertThat(read("antwoord")).isSameAs(first);
        assertThat(read("toezegging")).isSameAs(second);
        assertThat(rowsReceived).hasSize(4);
    }

    @Test
    void onlyTheValuesOfTheDigestsUsedLastAreKept() {
        List<String> first = read("een");
        read("twee");
        read("drie");
        List<String> again = read("een");
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(rowsReceived).hasSize(8);
    }

    @Test
    void noRowsMakeTheValueOfNoRows() {
        String none = "select n from (values (1)) v (n) where n = ?";
        List<String> empty = read(none, 2);
        assertThat(empty).isEmpty();
        assertThat(read(none, 3)).isSameAs(empty);
        assertThat(read(none, 1)).containsExactly("1");
    }

    private List<String> read(String word) {
        return read(SQL, word);
    }

    private List<String> read(String sql, Object argument) {
        return connections.executeRead(status -> digested.read(jdbc, sql, List.of(argument), this::builder));
    }

    private DigestedRows.Builder<List<String>> builder() {
        return new DigestedRows.Builder<>() {
            private final List<String> made = new ArrayList<>();

            @Override
            public void row(ResultSet rows) throws SQLException {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= rows.getMetaData().getColumnCount() - 2; column++) {
                    row.append(column == 1 ? "" : " ").append(rows.getString(column));
                }
                rowsReceived.add(row.toString());
                made.add(row.toString());
            }

            @Override
            public List<String> build() {
                return List.copyOf(made);
            }
        };
    }
}
