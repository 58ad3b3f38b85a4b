package nl.adviestracker.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import nl.adviestracker.database.ApplicationTables.Table;
import nl.adviestracker.database.BackupManifest.SequenceState;
import nl.adviestracker.database.BackupManifest.TableContent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a {@link Backup} into an empty database that has the same schema (the same Liquibase
 * changesets), in one transaction: either everything is restored, or nothing. Sequences are set to
 * where they stood when the backup was made, so new rows get new numbers.
 */
public final class Restore {

    private Restore() {}

    public static BackupManifest read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return manifest(zip);
        } catch (IOException e) {
            throw new BackupException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static BackupManifest load(Path file, DataSource dataSource) {
        try (ZipFile zip = new ZipFile(file.toFile());
                Connection connection = dataSource.getConnection()) {
            BackupManifest manifest = manifest(zip);
            connection.setAutoCommit(false);
            try {
                load(zip, manifest, connection);
                connection.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException("The restore failed and changed nothing: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("Could not read " + file + " (nothing was restored): " + e.getMessage(), e);
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException("This is not an Adviestracker backup: it has no " + BackupManifest.ENTRY + ".");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.read(in);
        }
    }

    private static void load(ZipFile zip, BackupManifest manifest, Connection connection)
            throws SQLException, IOException {
        int changesets = SchemaVersion.changesets(connection);
        if (changesets != manifest.changesets()) {
            throw new BackupException("The backup was made of a database with " + manifest.changesets()
                    + " schema changes (last: " + manifest.lastChangeset() + "), this database has " + changesets
                    + " (last: " + SchemaVersion.lastChangeset(connection) + "). Restore it with the version of "
                    + "Adviestracker that made it, into a database migrated by that version. Nothing was restored.");
        }
        List<Table> tables = ApplicationTables.read(connection);
        checkSameTables(manifest, tables);
        lock(connection, tables);
        checkEmpty(connection, tables);
        clearMigrationRows(connection, tables);

        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Table> byName = tables.stream().collect(Collectors.toMap(Table::name, Function.identity()));
        for (TableContent content : manifest.tables()) {
            Table table = byName.get(content.name());
            ZipEntry entry = zip.getEntry(content.entry());
            if (entry == null) {
                throw new BackupException(
                        "The backup is incomplete: " + content.entry() + " is missing. Nothing was restored.");
            }
            long rows;
            try (InputStream in = zip.getInputStream(entry)) {
                rows = copy.copyIn(
                        "copy " + table.quotedName() + " (" + table.quotedColumns() + ") from stdin (format binary)",
                        in);
            } catch (SQLException | IOException e) {
                throw new BackupException(
                        "Could not load table " + table.name() + " (nothing was restored): " + e.getMessage(), e);
            }
            if (rows != content.rows()) {
                throw new BackupException(
                        "Table " + table.name() + " has " + rows + " rows in the backup file, the manifest says "
                                + content.rows() + ". The backup is damaged; nothing was restored.");
            }
            setSequences(connection, table, content);
        }
    }

    private static void checkSameTables(BackupManifest manifest, List<Table> tables) {
        Map<String, String> here = tables.stream()
                .collect(Collectors.toMap(Table::name, t -> t.columns().toString()));
        Map<String, String> there =
                manifest.tables().stream().collect(Collectors.toMap(TableContent::name, TableContent::columns));
        if (!here.keySet().equals(there.keySet())) {
            throw new BackupException("The backup has tables " + there.keySet() + ", this database " + here.keySet()
                    + ". Nothing was restored.");
        }
        List<String> different = new ArrayList<>();
        here.forEach((table, columns) -> {
            if (!columns.equals(there.get(table))) {
                different.add(table + ": backup " + there.get(table) + ", database " + columns);
            }
        });
        if (!different.isEmpty()) {
            throw new BackupException(
                    "The columns differ: " + String.join("; ", different) + ". Nothing was restored.");
        }
    }

    /** Nobody writes while the restore runs: not the service, not a second restore. */
    private static void lock(Connection connection, List<Table> tables) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("lock table "
                    + String.join(", ", tables.stream().map(Table::quotedName).toList()) + " in exclusive mode");
        }
    }

    private static void checkEmpty(Connection connection, List<Table> tables) throws SQLException {
        List<String> filled = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            for (Table table : tables) {
                if (MIGRATION_ROWS.contains(table.name())) {
                    continue;
                }
                try (var rows = statement.executeQuery("select count(*) from " + table.quotedName())) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        filled.add(table.name() + " (" + rows.getLong(1) + " rows)");
                    }
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new BackupException(
                    "The database is not empty: " + String.join(", ", filled) + ". Restore only into an "
                            + "empty database (a new one, or one with only the schema); nothing was restored.");
        }
    }

    /**
     * Tables that a new schema already has rows in: the migration creates the default organisation. With
     * every other table empty those rows are the migration's, and the backup's replace them.
     */
    private static final java.util.Set<String> MIGRATION_ROWS = java.util.Set.of("organisation");

    private static void clearMigrationRows(Connection connection, List<Table> tables) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (Table table : tables) {
                if (MIGRATION_ROWS.contains(table.name())) {
                    statement.execute("delete from " + table.quotedName());
                }
            }
        }
    }

    /** Where the backup's sequence stood; past the highest id if that is higher (it never should be). */
    private static void setSequences(Connection connection, Table table, TableContent content) throws SQLException {
        for (var sequence : table.sequences().entrySet()) {
            SequenceState state = content.sequences().getOrDefault(sequence.getKey(), new SequenceState(1, false));
            String max = "max(" + ApplicationTables.quote(sequence.getKey()) + ")";
            try (var statement = connection.prepareStatement("select setval(?::regclass, greatest(?, coalesce(" + max
                    + ", 0)), ? or coalesce(" + max + " >= ?, false)) from " + table.quotedName())) {
                statement.setString(1, sequence.getValue());
                statement.setLong(2, state.lastValue());
                statement.setBoolean(3, state.isCalled());
                statement.setLong(4, state.lastValue());
                statement.execute();
            }
        }
    }
}
