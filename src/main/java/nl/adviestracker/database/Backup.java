package nl.adviestracker.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import nl.adviestracker.database.ApplicationTables.Table;
import nl.adviestracker.database.BackupManifest.SequenceState;
import nl.adviestracker.database.BackupManifest.TableContent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every application table into one zip file: each table as PostgreSQL binary COPY, plus a
 * {@link BackupManifest}. All tables are read in one repeatable-read transaction, so the file is
 * one consistent moment even while the service keeps writing.
 */
public final class Backup {

    private Backup() {}

    public static BackupManifest write(DataSource dataSource, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                BackupManifest manifest;
                try (OutputStream out = Files.newOutputStream(partial);
                        ZipOutputStream zip = new ZipOutputStream(out)) {
                    manifest = write(connection, zip);
                }
                connection.commit();
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        } catch (SQLException e) {
            throw new BackupException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("Could not write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file says clearly enough that it is not a backup
            }
        }
    }

    private static BackupManifest write(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<TableContent> contents = new ArrayList<>();
        for (Table table : ApplicationTables.read(connection)) {
            TableContent content =
                    new TableContent(table.name(), table.columns().toString(), 0, sequences(connection, table));
            zip.putNextEntry(new ZipEntry(content.entry()));
            long rows = copy.copyOut(
                    "copy " + table.quotedName() + " (" + table.quotedColumns() + ") to stdout (format binary)", zip);
            zip.closeEntry();
            contents.add(new TableContent(content.name(), content.columns(), rows, content.sequences()));
        }
        BackupManifest manifest = new BackupManifest(
                Instant.now(),
                serverVersion(connection),
                SchemaVersion.changesets(connection),
                SchemaVersion.lastChangeset(connection),
                contents);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(manifest.toBytes());
        zip.closeEntry();
        return manifest;
    }

    private static Map<String, SequenceState> sequences(Connection connection, Table table) throws SQLException {
        Map<String, SequenceState> states = new LinkedHashMap<>();
        for (var sequence : table.sequences().entrySet()) {
            // the sequence name comes from pg_get_serial_sequence, already quoted where needed
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select last_value, is_called from " + sequence.getValue())) {
                rows.next();
                states.put(sequence.getKey(), new SequenceState(rows.getLong(1), rows.getBoolean(2)));
            }
        }
        return states;
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
