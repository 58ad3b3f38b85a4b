package nl.adviestracker.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a query's rows make, received and built again only when the rows are new. PostgreSQL digests the rows
 * (md5 of their text, in a fixed order) and sends them only when the digest is none of those this keeps a value
 * for; otherwise it sends the digest alone and the kept value is returned. The rows are still read by the
 * database on every call, so nothing older than the query's own snapshot is shown: it saves the service
 * receiving and rebuilding rows that seldom change (the dashboard's totals, read on every request).
 *
 * <p>A kept value is a function of the rows alone, so it serves every caller whose rows have its digest, in any
 * organisation. It must be immutable.
 */
public final class DigestedRows<T> {

    /** Builds one value from the rows of one read. */
    public interface Builder<T> {
        /** Takes the current row; the query's own columns are numbered and named as in the query. */
        void row(ResultSet rows) throws SQLException;

        T build();
    }

    private final int kept;
    private final Map<String, T> values;

    /** Keeps the values of the {@code kept} digests used last. */
    public DigestedRows(int kept) {
        this.kept = kept;
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > DigestedRows.this.kept;
            }
        };
    }

    /**
     * The value of {@code sql}'s rows: the kept one if the rows are those it was built from, else built from the
     * rows with a new builder from {@code builders}.
     *
     * @param args the arguments of {@code sql}'s {@code ?} placeholders
     */
    public T read(JdbcOperations jdbc, String sql, List<Object> args, Supplier<Builder<T>> builders) {
        Map<String, T> known;
        synchronized (values) {
            known = Map.copyOf(values);
        }
        String digested = """
                with q as materialized (%s),
                     d as (select md5(coalesce(string_agg(q::text, ',' order by q::text), '')) as rows_digest,
                                  count(*) as rows_count
                           from q)
                select q.*, d.rows_digest, d.rows_count from d left join q on not (d.rows_digest = any (?))""".formatted(sql);
        return jdbc.prepareStatement(digested, statement -> {
            int parameter = 1;
            for (Object arg : args) {
                statement.setObject(parameter++, arg);
            }
            statement.setArray(
                    parameter,
                    statement
                            .getConnection()
                            .createArrayOf("text", known.keySet().toArray()));
            ResultSet rows = statement.executeQuery();
            Builder<T> builder = builders.get();
            String digest = null;
            while (rows.next()) {
                digest = rows.getString("rows_digest");
                T value = known.get(digest);
                if (value != null) {
                    remember(digest, value);
                    return value;
                }
                if (rows.getLong("rows_count") > 0) {
                    builder.row(rows);
                }
            }
            T value = builder.build();
            remember(digest, value);
            return value;
        });
    }

    private void remember(String digest, T value) {
        synchronized (values) {
            values.put(digest, value);
        }
    }
}
