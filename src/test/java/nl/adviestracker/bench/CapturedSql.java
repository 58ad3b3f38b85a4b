package nl.adviestracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what PostgreSQL logged for one request ({@code log_statement = all}) into a pgbench script
 * with the same statements and the parameters written in, so pgbench runs exactly the SQL the
 * service ran:
 *
 * <pre>CapturedSql server.log fromByte script.sql [dropVersionCheck]</pre>
 *
 * With {@code dropVersionCheck}, the optimistic-lock condition of updates is left out, so that
 * pgbench repeating one captured write keeps updating the row instead of matching nothing.
 */
public final class CapturedSql {

    private static final Pattern ENTRY =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[\\d+\\] (\\w+):  (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("^(?:statement|execute [^:]+): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']++|'')*+')");
    /**
     * What the harness itself sends around the request (switching the log on and off), and the pool's
     * check of a connection that sat idle, which a loaded service does not do.
     */
    private static final Pattern NOT_THE_REQUEST =
            Pattern.compile("^(?i:alter system|select pg_reload_conf|select 1$)");

    private static final Pattern VERSION_CHECK =
            Pattern.compile("\\s+AND\\s+\\w*_?\\.?\"?version\"?\\s*=\\s*\\$\\d+", Pattern.CASE_INSENSITIVE);

    private CapturedSql() {}

    public static void main(String[] args) throws IOException {
        byte[] log = Files.readAllBytes(Path.of(args[0]));
        int from = Integer.parseInt(args[1]);
        boolean dropVersionCheck = args.length > 3 && args[3].equals("dropVersionCheck");
        String text = new String(log, from, log.length - from, StandardCharsets.UTF_8);
        List<String[]> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                entries.add(new String[] {entry.group(1), entry.group(2)});
            } else if (!entries.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[1] = last[1] + "\n" + line;
            }
        }
        List<String> script = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] entry = entries.get(i);
            if (!entry[0].equals("LOG")) {
                continue;
            }
            Matcher statement = STATEMENT.matcher(entry[1]);
            if (!statement.matches()) {
                continue;
            }
            String sql = statement.group(1);
            if (NOT_THE_REQUEST.matcher(sql).find()) {
                continue;
            }
            if (dropVersionCheck) {
                sql = VERSION_CHECK.matcher(sql).replaceAll("");
            }
            if (i + 1 < entries.size()
                    && entries.get(i + 1)[0].equals("DETAIL")
                    && entries.get(i + 1)[1].startsWith("Parameters: ")) {
                List<String> values = new ArrayList<>();
                Matcher parameter = PARAMETER.matcher(entries.get(i + 1)[1]);
                while (parameter.find()) {
                    values.add(parameter.group(2));
                }
                // highest numbers first, so $1 does not replace the start of $10
                for (int n = values.size(); n >= 1; n--) {
                    sql = sql.replace("$" + n, values.get(n - 1));
                }
            }
            script.add(sql.replaceAll("\\s*\\n\\s*", " ").strip() + ";");
        }
        Files.write(Path.of(args[2]), script, StandardCharsets.UTF_8);
        System.out.println(script.size() + " statements");
    }
}
