package nl.adviestracker.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * Random writes to a few advices, for the tests that prove a count kept by triggers equals a full count: one
 * writer after another, or several at once on their own connections, as the service's own database role.
 */
public final class RandomWriters {

    /** One write in its own transaction: true when it was committed, false when PostgreSQL refused it. */
    @FunctionalInterface
    public interface Write {
        boolean apply(Connection c, long advice, Random random) throws SQLException;
    }

    private RandomWriters() {}

    /** A connection of the service's own role, outside Micronaut's transactions. */
    /**
     * A count read by {@code sql}, whose last column is the number and the others its key: each key (its columns
     * joined by a space, "-" for none) to its number. A tally and its full count compare as such maps.
     */
    public static Map<String, Long> counted(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> key = new ArrayList<>();
                for (int column = 1; column < columns; column++) {
                    key.add(rows.getString(column) == null ? "-" : rows.getString(column));
                }
                counts.put(String.join(" ", key), rows.getLong(columns));
            }
        }
        return counts;
    }

    public static Connection connection(DataSource dataSource) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    /** {@code writes} writes one after the other; how many were committed. */
    public static int oneByOne(DataSource dataSource, List<Long> advices, int writes, long seed, Write write)
            throws SQLException {
        Random random = new Random(seed);
        int committed = 0;
        try (Connection c = connection(dataSource)) {
            for (int i = 0; i < writes; i++) {
                committed += write.apply(c, advices.get(random.nextInt(advices.size())), random) ? 1 : 0;
            }
        }
        return committed;
    }

    /** {@code writers} writers at once, each making {@code writesEach} writes; how many were committed in all. */
    public static int atOnce(
            DataSource dataSource, List<Long> advices, int writers, int writesEach, long seed, Write write)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long writerSeed = seed + w;
                done.add(pool.submit(() -> {
                    OrganisationContext.setForThisThread(OrganisationContext.DEFAULT_ORGANISATION);
                    return oneByOne(dataSource, advices, writesEach, writerSeed, write);
                }));
            }
            int committed = 0;
            for (Future<Integer> one : done) {
                committed += one.get();
            }
            return committed;
        } finally {
            pool.shutdown();
        }
    }
}
