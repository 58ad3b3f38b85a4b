package nl.adviestracker.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The application's tables in the current schema, read from the catalog: every table but Liquibase's
 * own ({@code databasechangelog}, {@code databasechangeloglock}) and the changelog fingerprint
 * ({@code schema_fingerprint}), which a migrated database already has, and what triggers derive from
 * other tables as a restore loads them: the search vocabulary ({@code search_word}), the points
 * counted per advice and stance ({@code advice_stance_tally}) and their totals per body and per theme
 * ({@code body_stance_total}, {@code theme_stance_total}), the advices counted per quarter
 * ({@code advice_quarter_tally}), the open follow-ups counted per owner,
 * theme and dates ({@code open_followup_tally}), and where each advice awaiting an answer waits
 * ({@code station_wait}). Parents come before the tables that refer
 * to them, so a restore can load them in this order.
 */
final class ApplicationTables {

    /** A table, its columns in storage order and the identity (or serial) sequences that number its rows. */
    record Table(String name, List<Column> columns, Map<String, String> sequences) {

        String quotedName() {
            return quote(name);
        }

        String quotedColumns() {
            return String.join(
                    ", ", columns.stream().map(column -> quote(column.name())).toList());
        }
    }

    /** A column as the catalog describes it, e.g. {@code name character varying(200)}. */
    record Column(String name, String type) {

        @Override
        public String toString() {
            return name + " " + type;
        }
    }

    private ApplicationTables() {}

    static List<Table> read(Connection connection) throws SQLException {
        Map<String, List<Column>> columns = new TreeMap<>();
        Map<String, Map<String, String>> sequences = new HashMap<>();
        try (var statement = connection.prepareStatement("""
                select c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                       pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and c.relname not in ('databasechangelog', 'databasechangeloglock', 'schema_fingerprint', 'search_word',
                                        'advice_stance_tally', 'body_stance_total', 'theme_stance_total',
                                        'advice_quarter_tally', 'open_followup_tally', 'station_wait')
                  and a.attgenerated = ''
                order by c.relname, a.attnum""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                columns.computeIfAbsent(table, t -> new ArrayList<>())
                        .add(new Column(rows.getString(2), rows.getString(3)));
                if (rows.getString(4) != null) {
                    sequences
                            .computeIfAbsent(table, t -> new LinkedHashMap<>())
                            .put(rows.getString(2), rows.getString(4));
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (var statement = connection.prepareStatement("""
                select child.relname, parent.relname
                from pg_constraint f
                join pg_class child on child.oid = f.conrelid
                join pg_class parent on parent.oid = f.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where f.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        for (String table : parentsFirst(columns.keySet(), parents)) {
            ordered.add(new Table(
                    table, List.copyOf(columns.get(table)), Map.copyOf(sequences.getOrDefault(table, Map.of()))));
        }
        return ordered;
    }

    /** Topological order, alphabetical among equals, so the same schema always gives the same order. */
    static List<String> parentsFirst(Set<String> tables, Map<String, Set<String>> parents) {
        List<String> ordered = new ArrayList<>();
        Set<String> remaining = new TreeSet<>(tables);
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(table -> parents.getOrDefault(table, Set.of()).stream()
                            .noneMatch(parent -> remaining.contains(parent)))
                    .findFirst()
                    .orElseThrow(() -> new BackupException("The foreign keys between " + remaining
                            + " form a cycle; these tables cannot be loaded one after the other."));
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
