package nl.adviestracker.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;

/**
 * Backup and restore from the command line, against the database the service would use: the one in
 * {@code DATASOURCES_DEFAULT_URL}, or else the embedded one in {@code ADVIESTRACKER_DATA_DIR} (stop
 * the service first; this starts it). See "Backup and restore" in the README.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=nl.adviestracker.database.BackupTool -Dexec.args="backup backup.zip"
 * mvn -q compile exec:java -Dexec.mainClass=nl.adviestracker.database.BackupTool -Dexec.args="restore backup.zip"
 * </pre>
 */
public final class BackupTool {

    private static final String USAGE = """
            usage: BackupTool backup <file.zip>    write every table of the configured database to a new file
                   BackupTool restore <file.zip>   load such a file into an empty database (the schema is created first)""";

    private BackupTool() {}

    /** Held here: java.util.logging keeps loggers weakly, and would forget the level set on a collected one. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    public static void main(String[] args) throws Exception {
        // under exec:java Liquibase logs through java.util.logging and prints every changeset; its summary is enough
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        int[] status = new int[1];
        Scope.child(
                Scope.Attr.ui.name(),
                new LoggerUIService(),
                () -> status[0] = run(args, Map.of(), System.out, System.err));
        if (status[0] != 0) {
            System.exit(status[0]);
        }
    }

    /**
     * @param properties configuration on top of the service's own (tests point it at their database)
     * @return the exit status: 0 done, 1 failed or refused (the message says why), 2 wrong arguments
     */
    static int run(String[] args, Map<String, Object> properties, PrintStream out, PrintStream err) {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            err.println(USAGE);
            return 2;
        }
        boolean restore = args[0].equals("restore");
        Path file = Path.of(args[1]).toAbsolutePath();
        if (restore && !Files.isRegularFile(file)) {
            err.println("No backup file " + file);
            return 1;
        }
        if (!restore && Files.exists(file)) {
            err.println(file + " exists already; choose a new name, a backup never overwrites a file.");
            return 1;
        }
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(settings(restore, properties))
                .start()) {
            // as the owner: row-level security does not bind it, so every organisation is in the file
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(
                    context.getBean(DataSource.class, Qualifiers.byName("owner")));
            BackupManifest manifest = restore ? Restore.load(file, dataSource) : Backup.write(dataSource, file);
            out.printf(
                    "%s %s: %d tables, %d rows, schema at %d changesets (%s), made %s%n",
                    restore ? "Restored" : "Backed up to",
                    file,
                    manifest.tables().size(),
                    manifest.totalRows(),
                    manifest.changesets(),
                    manifest.lastChangeset(),
                    manifest.createdAt());
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            if (causes(e).contains("could not lock")) {
                err.println(
                        "The embedded database is in use by a running service. Stop the service first, or point "
                                + "DATASOURCES_DEFAULT_URL at its PostgreSQL (see ADVIESTRACKER_EMBEDDED_PORT) to work while it runs.");
            } else {
                err.println(
                        (restore ? "Restore" : "Backup") + " failed: " + causes(e) + "\nIs the database reachable?");
            }
            return 1;
        }
    }

    /**
     * The service's configuration, without what its start-up would add to the database: no demo data,
     * no first admin. Only a restore creates the schema (Liquibase); a backup leaves the database as it is.
     */
    private static Map<String, Object> settings(boolean restore, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("adviestracker.demo-data", false);
        settings.put("adviestracker.accounts.first-admin", false);
        settings.put("adviestracker.database.check-role", false);
        settings.put("liquibase.datasources.owner.enabled", restore);
        settings.putAll(overrides);
        return settings;
    }

    /** The messages of an exception and its causes, outermost first. */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getMessage());
        }
        return text.toString();
    }
}
