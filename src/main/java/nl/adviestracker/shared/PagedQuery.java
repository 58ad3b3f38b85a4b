package nl.adviestracker.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a filtered list in two statements: the count over all pages, then the rows of this
 * page. The filter is a SQL {@code where} clause with {@code ?} placeholders and its arguments.
 */
public final class PagedQuery {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private PagedQuery() {}

    /**
     * @param from the {@code from ... join ...} part shared by both statements
     * @param select the select list for the page's rows
     * @param where the filter, starting with " where"
     * @param orderBy the order of the rows, without "order by"
     */
    public static <T> PageOf<T> run(
            JdbcOperations jdbc,
            String select,
            String from,
            String where,
            List<Object> args,
            String orderBy,
            PageRequest page,
            Row<T> row) {
        long total = jdbc.prepareStatement("select count(*) " + from + where, statement -> {
            bind(statement, args);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
        return page(jdbc, select, from, where, args, orderBy, page, total, row);
    }

    /** {@link #run} with the count over all pages known already: only the rows of this page are read. */
    public static <T> PageOf<T> page(
            JdbcOperations jdbc,
            String select,
            String from,
            String where,
            List<Object> args,
            String orderBy,
            PageRequest page,
            long total,
            Row<T> row) {
        List<T> items = jdbc.prepareStatement(
                select + " " + from + where + " order by " + orderBy + " limit ? offset ?", statement -> {
                    bind(statement, args);
                    statement.setInt(args.size() + 1, page.size());
                    statement.setLong(args.size() + 2, page.offset());
                    ResultSet rows = statement.executeQuery();
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(row.map(rows));
                    }
                    return result;
                });
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }
}
