package nl.adviestracker.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

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

    public static void main(String[] args) {
        int status = run(args, Map.of(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
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
        try (ApplicationContext context = ApplicationContext.builder().properties(settings(restore, properties)).start()) {
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            BackupManifest manifest = restore ? Restore.load(file, dataSource) : Backup.write(dataSource, file);
            out.printf("%s %s: %d tables, %d rows, schema at %d changesets (%s), made %s%n",
                    restore ? "Restored" : "Backed up to", file, manifest.tables().size(), manifest.totalRows(),
                    manifest.changesets(), manifest.lastChangeset(), manifest.createdAt());
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println((restore ? "Restore" : "Backup") + " failed: " + rootMessage(e)
                    + "\nIs the database reachable? For the embedded database, is the service stopped?");
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
        settings.put("liquibase.datasources.default.enabled", restore);
        settings.putAll(overrides);
        return settings;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
