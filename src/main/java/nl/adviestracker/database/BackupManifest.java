package nl.adviestracker.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup file holds, written into it as {@code manifest.properties} so a person can read it:
 * when it was made, from which schema version (Liquibase changesets) and, per table in load order,
 * its columns, its row count and where its sequences stood.
 */
public record BackupManifest(
        Instant createdAt, String serverVersion, int changesets, String lastChangeset, List<TableContent> tables) {

    static final String ENTRY = "manifest.properties";
    static final String FORMAT = "adviestracker-backup 1";

    /**
     * @param columns the columns as the catalog describes them; a restore needs exactly these
     * @param sequences per identity column: the sequence's {@code last_value} and {@code is_called}
     */
    public record TableContent(String name, String columns, long rows, Map<String, SequenceState> sequences) {

        String entry() {
            return "data/" + name + ".copy";
        }
    }

    public record SequenceState(long lastValue, boolean isCalled) {

        @Override
        public String toString() {
            return lastValue + "," + isCalled;
        }

        static SequenceState parse(String text) {
            String[] parts = text.split(",");
            return new SequenceState(Long.parseLong(parts[0].strip()), Boolean.parseBoolean(parts[1].strip()));
        }
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableContent::rows).sum();
    }

    byte[] toBytes() {
        StringBuilder text = new StringBuilder()
                .append("# Adviestracker backup: every application table as PostgreSQL binary COPY (data/*.copy),\n")
                .append("# listed in load order (parents first). Restore with: BackupTool restore <file>\n");
        line(text, "format", FORMAT);
        line(text, "created-at", createdAt.toString());
        line(text, "server-version", serverVersion);
        line(text, "liquibase.changesets", Integer.toString(changesets));
        line(text, "liquibase.last-changeset", lastChangeset);
        line(
                text,
                "tables",
                String.join(" ", tables.stream().map(TableContent::name).toList()));
        for (TableContent table : tables) {
            line(text, "table." + table.name() + ".rows", Long.toString(table.rows()));
            line(text, "table." + table.name() + ".columns", table.columns());
            table.sequences()
                    .forEach((column, state) ->
                            line(text, "table." + table.name() + ".sequence." + column, state.toString()));
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static BackupManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new BackupException("This is not an Adviestracker backup (format '" + properties.getProperty("format")
                    + "', expected '" + FORMAT + "').");
        }
        try {
            List<TableContent> tables = new ArrayList<>();
            for (String name : Arrays.stream(required(properties, "tables").split(" "))
                    .filter(s -> !s.isBlank())
                    .toList()) {
                String prefix = "table." + name + ".sequence.";
                Map<String, SequenceState> sequences = new LinkedHashMap<>();
                properties.stringPropertyNames().stream()
                        .filter(key -> key.startsWith(prefix))
                        .sorted()
                        .forEach(key -> sequences.put(
                                key.substring(prefix.length()), SequenceState.parse(properties.getProperty(key))));
                tables.add(new TableContent(
                        name,
                        required(properties, "table." + name + ".columns"),
                        Long.parseLong(required(properties, "table." + name + ".rows")),
                        sequences));
            }
            return new BackupManifest(
                    Instant.parse(required(properties, "created-at")),
                    properties.getProperty("server-version", ""),
                    Integer.parseInt(required(properties, "liquibase.changesets")),
                    properties.getProperty("liquibase.last-changeset", ""),
                    tables);
        } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new BackupException("The backup's manifest is damaged: " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new BackupException("The backup's manifest is damaged: '" + key + "' is missing.");
        }
        return value;
    }

    /** A properties line; the values here are ASCII, anything else is escaped as Properties.load expects. */
    private static void line(StringBuilder text, String key, String value) {
        text.append(escape(key)).append('=').append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\') {
                escaped.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
