package nl.adviestracker.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a filtered list with the count over all pages, in one statement. The filter is a SQL {@code where}
 * clause with {@code ?} placeholders and its arguments.
 */
public final class PagedQuery {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private PagedQuery() {}

    /**
     * {@link #counted} with the count of the rows the filter selects.
     *
     * @param from the {@code from ... join ...} part shared by the rows and their count
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
        return counted(jdbc, "select count(*) " + from + where, args, select, from, where, args, orderBy, page, row);
    }

    /**
     * One page with the count over all pages in one statement, so that a read needs neither a transaction (one
     * statement reads one snapshot) nor a second round trip: the count is a scalar subquery, which PostgreSQL
     * evaluates once, ahead of the rows. A page past the end has no row to carry the count: only then is it read
     * by itself.
     *
     * @param count a statement giving one number, the count over all pages, e.g. {@code select count(*) from ...}
     * @param countArgs the arguments of its {@code ?} placeholders
     */
    public static <T> PageOf<T> counted(
            JdbcOperations jdbc,
            String count,
            List<Object> countArgs,
            String select,
            String from,
            String where,
            List<Object> args,
            String orderBy,
            PageRequest page,
            Row<T> row) {
        record Counted<T>(List<T> items, long total) {}
        Counted<T> read = jdbc.prepareStatement(
                select + ", (" + count + ") as total_over_pages " + from + where + " order by " + orderBy
                        + limitAndOffset(page),
                statement -> {
                    // the count's placeholders come first: it stands in the select list, before the filter
                    bind(statement, countArgs, 0);
                    bind(statement, args, countArgs.size());
                    ResultSet rows = statement.executeQuery();
                    List<T> items = new ArrayList<>();
                    long total = 0;
                    while (rows.next()) {
                        total = rows.getLong("total_over_pages");
                        items.add(row.map(rows));
                    }
                    return new Counted<>(items, total);
                });
        if (read.items().isEmpty() && page.offset() > 0) {
            long total = jdbc.prepareStatement(count, statement -> {
                bind(statement, countArgs, 0);
                ResultSet rows = statement.executeQuery();
                rows.next();
                return rows.getLong(1);
            });
            return new PageOf<>(read.items(), page.page(), page.size(), total);
        }
        return new PageOf<>(read.items(), page.page(), page.size(), read.total());
    }

    /**
     * The page's bounds written into the statement, not bound as parameters. With {@code limit ?} PostgreSQL
     * cannot cost a plan for any page, so it found a plan costed for the page at hand better than the one plan for
     * all pages, and planned the statement again at every execution: for the open follow-ups 1.1 ms of planning on
     * top of 1.9 ms of execution (bench/FINDINGS.md). Written as numbers, one plan serves every call for that page.
     * Both are numbers the service computes, never text from a request.
     */
    public static String limitAndOffset(PageRequest page) {
        return " limit " + page.size() + " offset " + page.offset();
    }

    /** Binds {@code args} to the placeholders after the first {@code before}. */
    private static void bind(PreparedStatement statement, List<Object> args, int before) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(before + i + 1, args.get(i));
        }
    }
}
