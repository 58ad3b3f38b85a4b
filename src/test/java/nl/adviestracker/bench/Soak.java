package nl.adviestracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak (bench/run.sh, phase {@code soak}): many connections of mixed reads and writes for minutes, while
 * the script restarts the database once. Every request is recorded (when, how long, what answer); every write
 * goes to a response only its own connection writes, so a write's outcome is known: acknowledged (200), or
 * not (an error or no answer, after which the connection reads back what was stored). At the end the stored
 * texts are compared with what was acknowledged. Errors are split by the outage window the script reports
 * in a file: from stopping the database until the service answered its health check again.
 *
 * <p>Arguments: base URL, bearer token, JDBC URL, database user, seconds, connections, outage file, output file.
 */
public final class Soak {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int WRITE_PERCENT = 20;

    record Target(long advice, long response, String pointIds) {}

    /**
     * One request: started at (epoch ms), took (ms), answered with (0: no answer within the timeout, -1: the
     * connection failed), whether it wrote, and what kind of request it was (its path, ids left out).
     */
    record Call(long startedAt, int millis, int status, boolean write, String kind) {}

    private static final int TIMED_OUT = 0;
    private static final int NO_CONNECTION = -1;

    /** What one connection last knows of one of its responses: the version to send and the stored text. */
    static final class Owned {
        final Target target;
        int version;
        String text;
        long acknowledged;
        long unacknowledged;

        Owned(Target target, int version, String text) {
            this.target = target;
            this.version = version;
            this.text = text;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String base;
    private final String token;
    private final List<String> reads;

    private Soak(String base, String token, List<String> reads) {
        this.base = base;
        this.token = token;
        this.reads = reads;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String jdbc = args[2];
        String user = args[3];
        int seconds = Integer.parseInt(args[4]);
        int connections = Integer.parseInt(args[5]);
        Path outageFile = Path.of(args[6]);
        Path output = Path.of(args[7]);

        List<Target> targets;
        Map<Long, String[]> initial = new HashMap<>();
        List<String> reads;
        try (Connection db = DriverManager.getConnection(jdbc, user, "")) {
            targets = targets(db, connections * 8);
            for (Target target : targets) {
                initial.put(target.response(), stored(db, target.response()));
            }
            reads = reads(db);
        }
        Soak soak = new Soak(base, token, reads);
        long end = System.currentTimeMillis() + seconds * 1000L;
        List<List<Call>> calls = new ArrayList<>();
        List<List<Owned>> owned = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            List<Call> mine = new ArrayList<>();
            List<Owned> writes = new ArrayList<>();
            for (int i = c; i < targets.size(); i += connections) {
                Target target = targets.get(i);
                String[] now = initial.get(target.response());
                writes.add(new Owned(target, Integer.parseInt(now[0]), now[1]));
            }
            calls.add(mine);
            owned.add(writes);
            int connection = c;
            Thread thread = new Thread(() -> soak.run(connection, end, mine, writes), "soak-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        long[] outage = outage(outageFile);
        List<Call> all = calls.stream().flatMap(List::stream).toList();
        long lost = 0;
        long acknowledged = 0;
        long unacknowledged = 0;
        try (Connection db = DriverManager.getConnection(jdbc, user, "")) {
            for (List<Owned> writes : owned) {
                for (Owned one : writes) {
                    acknowledged += one.acknowledged;
                    unacknowledged += one.unacknowledged;
                    if (!stored(db, one.target.response())[1].equals(one.text)) {
                        lost++;
                    }
                }
            }
        }
        Files.writeString(output, report(all, outage, acknowledged, unacknowledged, lost, seconds, connections));
    }

    private void run(int connection, long end, List<Call> calls, List<Owned> writes) {
        long sequence = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.currentTimeMillis() < end) {
            if (!writes.isEmpty() && random.nextInt(100) < WRITE_PERCENT) {
                Owned one = writes.get(random.nextInt(writes.size()));
                write(one, "Soak " + connection + "-" + ++sequence, calls);
            } else {
                String path = reads.get(random.nextInt(reads.size()));
                calls.add(send(HttpRequest.newBuilder(URI.create(base + path)).GET(), false, kind(path)).call);
            }
        }
    }

    private void write(Owned one, String text, List<Call> calls) {
        String body = "{\"pointIds\":[" + one.target.pointIds() + "],\"stance\":\"NOTED\",\"text\":\"" + text
                + "\",\"reason\":\"Vastgelegd in de duurtest.\",\"version\":" + one.version + "}";
        Answer answer = send(
                HttpRequest.newBuilder(URI.create(
                                base + "/api/advices/" + one.target.advice() + "/responses/" + one.target.response()))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                true,
                "PUT /api/advices/{id}/responses/{id}");
        calls.add(answer.call);
        if (answer.call.status() == 200) {
            one.acknowledged++;
            one.text = text;
            one.version = version(answer.body);
            return;
        }
        one.unacknowledged++;
        // Not acknowledged: the write may or may not be stored. Read back what is, until the service answers.
        while (true) {
            Answer read = send(
                    HttpRequest.newBuilder(URI.create(base + "/api/advices/" + one.target.advice() + "/responses/"
                                    + one.target.response()))
                            .GET(),
                    false,
                    "GET /api/advices/{id}/responses/{id} (read back)");
            calls.add(read.call);
            if (read.call.status() == 200) {
                one.version = version(read.body);
                Matcher matcher = TEXT.matcher(read.body);
                one.text = matcher.find() ? unescape(matcher.group(1)) : one.text;
                return;
            }
            sleep(200);
        }
    }

    record Answer(Call call, String body) {}

    static String kind(String path) {
        return "GET " + path.replaceAll("/\\d+", "/{id}");
    }

    private Answer send(HttpRequest.Builder request, boolean write, String kind) {
        long started = System.currentTimeMillis();
        long nanos = System.nanoTime();
        int status = 0;
        String body = "";
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json, text/html")
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (java.net.http.HttpTimeoutException e) {
            status = TIMED_OUT;
        } catch (IOException e) {
            status = NO_CONNECTION;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int millis = (int) ((System.nanoTime() - nanos) / 1_000_000);
        return new Answer(new Call(started, millis, status, write, kind), body);
    }

    static String report(
            List<Call> all,
            long[] outage,
            long acknowledged,
            long unacknowledged,
            long lost,
            int seconds,
            int connections) {
        long inside = 0;
        long errorsInside = 0;
        long errorsOutside = 0;
        long serverErrorsOutside = 0;
        long timeoutsOutside = 0;
        List<Integer> okMillis = new ArrayList<>();
        long writes = 0;
        for (Call call : all) {
            boolean during = call.startedAt() + call.millis() >= outage[0] && call.startedAt() <= outage[1];
            boolean error = call.status() <= 0 || call.status() >= 500;
            if (during) {
                inside++;
            }
            if (error && during) {
                errorsInside++;
            } else if (error) {
                errorsOutside++;
                if (call.status() >= 500) {
                    serverErrorsOutside++;
                } else if (call.status() == TIMED_OUT) {
                    timeoutsOutside++;
                }
            } else if (!during) {
                okMillis.add(call.millis());
            }
            if (call.write()) {
                writes++;
            }
        }
        int[] sorted = okMillis.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return "soak seconds=" + seconds + " connections=" + connections + " requests=" + all.size() + " writes="
                + writes + " rps=" + String.format(java.util.Locale.ROOT, "%.1f", all.size() / (double) seconds)
                + "\nsoak p50=" + percentile(sorted, 50) + " p95=" + percentile(sorted, 95) + " p99="
                + percentile(sorted, 99) + "\nsoak outage_ms=" + (outage[1] - outage[0]) + " requests_in_outage="
                + inside + " errors_in_outage=" + errorsInside + " errors_outside_outage=" + errorsOutside
                + " server_errors_outside_outage=" + serverErrorsOutside + " timeouts_outside_outage=" + timeoutsOutside
                + "\nsoak writes_acknowledged=" + acknowledged + " writes_unacknowledged=" + unacknowledged
                + " lost_writes=" + lost + "\n" + byKind(all, outage);
    }

    /** Per kind of request, outside the outage: how many, p50 and p99 of the answered ones, and each kind of error. */
    static String byKind(List<Call> all, long[] outage) {
        Map<String, List<Call>> kinds = new java.util.TreeMap<>();
        for (Call call : all) {
            boolean during = call.startedAt() + call.millis() >= outage[0] && call.startedAt() <= outage[1];
            if (!during) {
                kinds.computeIfAbsent(call.kind(), k -> new ArrayList<>()).add(call);
            }
        }
        StringBuilder lines = new StringBuilder();
        kinds.forEach((kind, calls) -> {
            int[] answered = calls.stream()
                    .filter(c -> c.status() > 0 && c.status() < 500)
                    .mapToInt(Call::millis)
                    .sorted()
                    .toArray();
            lines.append("soak_kind ")
                    .append(kind.replace(' ', '_'))
                    .append(" requests=")
                    .append(calls.size())
                    .append(" p50=")
                    .append(percentile(answered, 50))
                    .append(" p99=")
                    .append(percentile(answered, 99))
                    .append(" server_errors=")
                    .append(calls.stream().filter(c -> c.status() >= 500).count())
                    .append(" timeouts=")
                    .append(calls.stream().filter(c -> c.status() == TIMED_OUT).count())
                    .append(" connection_failures=")
                    .append(calls.stream()
                            .filter(c -> c.status() == NO_CONNECTION)
                            .count())
                    .append('\n');
        });
        return lines.toString();
    }

    static int percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The outage window the script wrote: "stopped_ms recovered_ms"; none when it wrote nothing. */
    private static long[] outage(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new long[] {Long.MAX_VALUE, Long.MAX_VALUE};
        }
        String[] parts = Files.readString(file).strip().split("\\s+");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /** Responses of advices still being answered (their letter a draft), each with its points. */
    private static List<Target> targets(Connection db, int count) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (PreparedStatement statement =
                db.prepareStatement("select r.advice_id, r.id, string_agg(rp.point_id::text, ',' order by rp.point_id)"
                        + " from response r join response_point rp on rp.response_id = r.id"
                        + " join advice a on a.id = r.advice_id left join letter_route lr on lr.advice_id = a.id"
                        + " where a.status = 'RECEIVED' and coalesce(lr.station, 'DRAFT') = 'DRAFT'"
                        + " and a.deleted_at is null group by r.id order by r.id limit ?")) {
            statement.setInt(1, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    targets.add(new Target(rows.getLong(1), rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return targets;
    }

    /** The mix of reads: open follow-ups, whole advices, searches and the dashboard. */
    private static List<String> reads(Connection db) throws SQLException {
        List<String> reads = new ArrayList<>(List.of(
                "/api/followups?status=open",
                "/api/search?q=gemeente",
                "/api/search?q=armoedeval",
                "/dashboard",
                "/api/advices?status=RECEIVED"));
        try (PreparedStatement statement = db.prepareStatement(
                        "select id from advice where deleted_at is null order by random() limit 20");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reads.add("/api/advices/" + rows.getLong(1));
            }
        }
        return reads;
    }

    /** The response's version and text as stored. */
    private static String[] stored(Connection db, long response) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select version, text from response where id = ?")) {
            statement.setLong(1, response);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new String[] {String.valueOf(rows.getInt(1)), rows.getString(2)};
            }
        }
    }

    private static int version(String json) {
        Matcher matcher = VERSION.matcher(json);
        int version = -1;
        while (matcher.find()) {
            version = Integer.parseInt(matcher.group(1)); // the response's own version comes last
        }
        return version;
    }

    private static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
