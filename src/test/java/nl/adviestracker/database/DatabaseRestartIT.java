package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import nl.adviestracker.shared.Problem;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault test: PostgreSQL restarts while people keep saving. Requests during the outage get a
 * 503 problem answer within a bounded time, the service answers again by itself once the database
 * is back, and every write it acknowledged is in the database.
 */
@MicronautTest(transactional = false)
@Property(
        name = "micronaut.http.client.read-timeout",
        value = "60s") // a hang shows as a slow answer, not a client error
class DatabaseRestartIT {

    /** Longer than the pool's connection timeout (5 s), so requests see the outage and do not just wait it out. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);
    /** The longest any request may take, outage or not: the connection timeout plus time for the rest. */
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(12);
    /** From the kill of the postmaster until /health answers 200 again: the supervisor's restart. */
    private static final java.util.concurrent.atomic.AtomicInteger SCENES =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final Duration KILL_RECOVERY = Duration.ofSeconds(45);
    /** From the database being back until every writer has saved again. */
    private static final Duration RECOVERY = Duration.ofSeconds(15);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    EmbeddedPostgresSettings embedded;

    @Inject
    DataSource dataSource;

    @AfterEach
    void leaveARunningServerForTheNextTests() {
        if (EmbeddedPostgresServer.server(embedded.dataDir()) == null) {
            EmbeddedPostgresServer.startAgain(embedded.dataDir());
        }
    }

    @Test
    void aRestartCostsSomeAnswersButNoAcknowledgedWrite() throws Exception {
        long began = System.nanoTime();
        Scene scene = setUp();
        List<Writer> writers = scene.writers();
        long followUp = scene.followUp();

        long writing = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> loops = writers.stream()
                .map(writer -> threads.submit(() -> writer.run(running)))
                .<Future<?>>map(f -> f)
                .toList();
        long stoppedAt;
        long downAt;
        long startingAt;
        long backAt;
        Api.Answer healthWhileDown;
        try {
            await(
                    "every writer saves before the outage",
                    Duration.ofSeconds(30),
                    () -> writers.stream().allMatch(w -> w.acknowledgedAfter(0) >= 5));
            stoppedAt = System.nanoTime();
            EmbeddedPostgresServer.stop(embedded.dataDir());
            downAt = System.nanoTime();
            healthWhileDown = new Api(http).get("/health");
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - millis(downAt, System.nanoTime())));
            startingAt = System.nanoTime();
            EmbeddedPostgresServer.startAgain(embedded.dataDir());
            backAt = System.nanoTime();
            await(
                    "every writer saves again after the restart",
                    RECOVERY,
                    () -> writers.stream().allMatch(w -> w.acknowledgedAfter(backAt) >= 5));
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(LONGEST_ANSWER.toSeconds() * 2, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }

        assertThat(healthWhileDown.status())
                .as("/health while the database is stopped")
                .isEqualTo(503);
        assertThat(healthWhileDown.at("details.database.status")).isEqualTo("DOWN");
        assertThat(healthWhileDown.at("details.database.details.embeddedServer.state"))
                .isEqualTo("STOPPED");
        assertThat(new Api(http).get("/health").status())
                .as("/health once it is back")
                .isEqualTo(200);
        List<Attempt> attempts =
                writers.stream().flatMap(w -> w.attempts.stream()).toList();
        assertThat(attempts)
                .as("every request got an answer")
                .allSatisfy(a -> assertThat(a.error()).isNull());
        assertThat(attempts)
                .as("no request took longer than " + LONGEST_ANSWER)
                .allSatisfy(a -> assertThat(a.millis()).isLessThan(LONGEST_ANSWER.toMillis()));
        List<Attempt> failed = attempts.stream().filter(a -> !a.acknowledged()).toList();
        assertThat(failed).as("every refused write was a 503 problem in Dutch").allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.contentType()).as(a.toString()).startsWith(Problem.MEDIA_TYPE);
            assertThat(a.answer().at("title")).as(a.toString()).isEqualTo("Database niet beschikbaar");
        });
        assertThat(failed)
                .as("nothing failed before the outage")
                .allSatisfy(a -> assertThat(a.endedAt()).isGreaterThan(stoppedAt));
        assertThat(failed).as("the outage was seen").isNotEmpty();
        Stored stored = assertEveryAcknowledgedWriteIsStoredWhole(attempts, followUp);

        long firstAgain = writers.stream()
                .mapToLong(w -> w.firstAcknowledgedAfter(backAt))
                .min()
                .orElseThrow();
        long allAgain = writers.stream()
                .mapToLong(w -> w.firstAcknowledgedAfter(backAt))
                .max()
                .orElseThrow();
        System.out.printf(
                "Database restart: set-up %d ms, saving before the stop %d ms; "
                        + "%d writes acknowledged and stored (%d advices, %d notes), %d answered 503; "
                        + "stop took %d ms, down %d ms, start took %d ms; first write saved %d ms and every writer saving "
                        + "%d ms after the database was back; longest answer %d ms%n",
                millis(began, writing),
                millis(writing, stoppedAt),
                stored.advices() + stored.notes(),
                stored.advices(),
                stored.notes(),
                failed.size(),
                millis(stoppedAt, downAt),
                millis(stoppedAt, backAt),
                millis(startingAt, backAt),
                millis(backAt, firstAgain),
                millis(backAt, allAgain),
                attempts.stream().mapToLong(Attempt::millis).max().orElse(0));
    }

    /**
     * The postmaster is killed ({@code kill -9}) while people save: the supervisor starts it again
     * on the same port and data, PostgreSQL's crash recovery keeps every acknowledged commit, the
     * pool reconnects, and no write is stored in part.
     */
    @Test
    void aKilledPostmasterIsStartedAgainWithEveryAcknowledgedWrite() throws Exception {
        Scene scene = setUp();
        List<Writer> writers = scene.writers();
        int restartsBefore =
                EmbeddedPostgresServer.status(embedded.dataDir()).orElseThrow().restarts();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> loops = writers.stream()
                .map(writer -> threads.submit(() -> writer.run(running)))
                .<Future<?>>map(f -> f)
                .toList();
        List<Api.Answer> healthWhileDown = new ArrayList<>();
        long killedAt;
        long healthyAt;
        try {
            await(
                    "every writer saves before the kill",
                    Duration.ofSeconds(30),
                    () -> writers.stream().allMatch(w -> w.acknowledgedAfter(0) >= 5));
            Postmaster postmaster = PostmasterPidFile.in(Path.of(embedded.dataDir()))
                    .map(file -> new Postmaster(file.pid()))
                    .orElseThrow();
            killedAt = System.nanoTime();
            postmaster.kill(); // SIGKILL
            Api anonymous = new Api(http);
            long deadline = killedAt + KILL_RECOVERY.toNanos();
            Api.Answer health = anonymous.get("/health");
            while (health.status() != 200 && System.nanoTime() < deadline) {
                healthWhileDown.add(health);
                Thread.sleep(100);
                health = anonymous.get("/health");
            }
            healthyAt = System.nanoTime();
            assertThat(health.status())
                    .as("/health within " + KILL_RECOVERY + " of the kill: " + health)
                    .isEqualTo(200);
            await(
                    "every writer saves again after the kill",
                    RECOVERY,
                    () -> writers.stream().allMatch(w -> w.acknowledgedAfter(healthyAt) >= 5));
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(LONGEST_ANSWER.toSeconds() * 2, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }

        EmbeddedPostgresStatus after =
                EmbeddedPostgresServer.status(embedded.dataDir()).orElseThrow();
        assertThat(after.state()).isEqualTo(EmbeddedPostgresState.RUNNING);
        assertThat(after.restarts()).as("restarted by the supervisor").isEqualTo(restartsBefore + 1);
        assertThat(healthWhileDown).as("/health while it was down").allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.at("details.database.status"))
                    .as(answer.toString())
                    .isEqualTo("DOWN");
        });
        List<Attempt> attempts =
                writers.stream().flatMap(w -> w.attempts.stream()).toList();
        assertThat(attempts)
                .as("every request got an answer")
                .allSatisfy(a -> assertThat(a.error()).isNull());
        List<Attempt> failed = attempts.stream().filter(a -> !a.acknowledged()).toList();
        assertThat(failed).as("every refused write was a 503 problem in Dutch").allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.answer().at("title")).as(a.toString()).isEqualTo("Database niet beschikbaar");
        });
        Stored stored = assertEveryAcknowledgedWriteIsStoredWhole(attempts, scene.followUp());
        long firstAgain = writers.stream()
                .mapToLong(w -> w.firstAcknowledgedAfter(killedAt))
                .min()
                .orElseThrow();
        System.out.printf(
                "Postmaster kill: %d writes acknowledged and stored (%d advices, %d notes); %d unacknowledged, "
                        + "of which %d were stored whole (committed, the answer lost) and none in part; "
                        + "/health 200 again %d ms and the first write saved %d ms after the kill%n",
                stored.advices() + stored.notes(),
                stored.advices(),
                stored.notes(),
                failed.size(),
                stored.unacknowledgedButWhole(),
                millis(killedAt, healthyAt),
                millis(killedAt, firstAgain));
    }

    private Scene setUp() {
        Api admin = accounts.admin(http);
        int scene = SCENES.incrementAndGet();
        long body = admin.post("/api/bodies", Map.of("name", "Herstartraad " + scene, "shortName", "HR" + scene))
                .id();
        Api staff = accounts.staff(http);
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Opvolging",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-04-01",
                                "points",
                                List.of(Map.of("label", "1", "text", "Houd ons op de hoogte.", "kind", "REQUEST"))))
                .id();
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Dat doen we."))
                .id();
        long followUp = staff.post(
                        "/api/followups",
                        Map.of("responseId", response, "description", "Voortgang melden", "owner", "Afdeling Zorg"))
                .id();
        List<Writer> writers = List.of(
                new Writer(
                        "advies-a",
                        accounts.member(http, body),
                        n -> advicePath(),
                        n -> newAdvice(body, scene + "a", n)),
                new Writer(
                        "advies-b",
                        accounts.member(http, body),
                        n -> advicePath(),
                        n -> newAdvice(body, scene + "b", n)),
                new Writer(
                        "notitie",
                        staff,
                        n -> "/api/followups/" + followUp + "/notes",
                        n -> Map.of("text", "Voortgang " + n)));
        return new Scene(writers, followUp);
    }

    private record Scene(List<Writer> writers, long followUp) {}

    private record Stored(int advices, int notes, int unacknowledgedButWhole) {}

    /**
     * Every acknowledged advice is stored with both its points and every acknowledged note once; an
     * unacknowledged one is stored whole (its commit went through, the answer was lost) or not at all.
     */
    private Stored assertEveryAcknowledgedWriteIsStoredWhole(List<Attempt> attempts, long followUp)
            throws SQLException {
        List<Long> advices = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> unacknowledgedAdvices = new ArrayList<>();
        List<String> unacknowledgedNotes = new ArrayList<>();
        for (Attempt attempt : attempts) {
            boolean advice = attempt.writer().startsWith("advies");
            if (attempt.acknowledged() && advice) {
                advices.add(attempt.answer().id());
            } else if (attempt.acknowledged()) {
                notes.add(attempt.key());
            } else if (advice) {
                unacknowledgedAdvices.add(attempt.key());
            } else {
                unacknowledgedNotes.add(attempt.key());
            }
        }
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            assertThat(count(connection, "select count(*) from advice where id = any(?)", advices.toArray(Long[]::new)))
                    .as("every acknowledged advice is stored")
                    .isEqualTo(advices.size());
            assertThat(count(
                            connection,
                            "select count(*) from point where advice_id = any(?)",
                            advices.toArray(Long[]::new)))
                    .as("with its two points")
                    .isEqualTo(2L * advices.size());
            assertThat(count(
                            connection,
                            "select count(*) from followup_note where followup_id = " + followUp + " and text = any(?)",
                            notes.toArray(String[]::new)))
                    .as("every acknowledged note is stored")
                    .isEqualTo(notes.size());
            long storedAdvices = count(
                    connection,
                    "select count(*) from advice where subject = any(?)",
                    unacknowledgedAdvices.toArray(String[]::new));
            assertThat(count(
                            connection,
                            "select count(*) from point p join advice a on a.id = p.advice_id where a.subject = any(?)",
                            unacknowledgedAdvices.toArray(String[]::new)))
                    .as("an unacknowledged advice is stored with both its points or not at all")
                    .isEqualTo(2L * storedAdvices);
            long storedNotes = count(
                    connection,
                    "select count(*) from followup_note where followup_id = " + followUp + " and text = any(?)",
                    unacknowledgedNotes.toArray(String[]::new));
            return new Stored(advices.size(), notes.size(), (int) (storedAdvices + storedNotes));
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String advicePath() {
        return "/api/advices";
    }

    private static Map<String, Object> newAdvice(long body, String writer, int n) {
        return Map.of(
                "bodyId",
                body,
                "subject",
                "Herstart " + writer + "-" + n,
                "kind",
                "UNSOLICITED",
                "receivedOn",
                "2024-04-02",
                "points",
                List.of(
                        Map.of("label", "1", "text", "Eerste punt", "kind", "RECOMMENDATION"),
                        Map.of("label", "2", "text", "Tweede punt", "kind", "QUESTION")));
    }

    private static long count(Connection connection, String sql, Object[] values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf(values instanceof Long[] ? "bigint" : "text", values));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    /** One client that saves, one request after the other, and remembers every answer. */
    private static final class Writer {

        private static final int MOST_ATTEMPTS = 5000;

        final String name;
        final Api api;
        final java.util.function.IntFunction<String> path;
        final java.util.function.IntFunction<Map<String, Object>> body;
        final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

        Writer(
                String name,
                Api api,
                java.util.function.IntFunction<String> path,
                java.util.function.IntFunction<Map<String, Object>> body) {
            this.name = name;
            this.api = api;
            this.path = path;
            this.body = body;
        }

        void run(AtomicBoolean running) {
            for (int n = 1; running.get() && n <= MOST_ATTEMPTS; n++) {
                Map<String, Object> sent = body.apply(n);
                long started = System.nanoTime();
                Api.Answer answer = null;
                Throwable error = null;
                try {
                    answer = api.post(path.apply(n), sent);
                } catch (RuntimeException e) {
                    error = e;
                }
                attempts.add(new Attempt(
                        name,
                        String.valueOf(sent.getOrDefault("text", sent.get("subject"))),
                        started,
                        System.nanoTime(),
                        answer,
                        error));
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long acknowledgedAfter(long nanos) {
            synchronized (attempts) {
                return attempts.stream()
                        .filter(a -> a.acknowledged() && a.startedAt() > nanos)
                        .count();
            }
        }

        long firstAcknowledgedAfter(long nanos) {
            synchronized (attempts) {
                return attempts.stream()
                        .filter(a -> a.acknowledged() && a.startedAt() > nanos)
                        .mapToLong(Attempt::endedAt)
                        .min()
                        .orElse(Long.MAX_VALUE);
            }
        }
    }

    private record Attempt(
            String writer, String key, long startedAt, long endedAt, Api.Answer answer, Throwable error) {

        boolean acknowledged() {
            return answer != null && answer.status() / 100 == 2;
        }

        int status() {
            return answer == null ? 0 : answer.status();
        }

        String contentType() {
            return answer == null ? "" : String.valueOf(answer.contentType());
        }

        long millis() {
            return (endedAt - startedAt) / 1_000_000;
        }

        @Override
        public String toString() {
            return writer + " " + key + ": " + (answer != null ? answer : error) + " after " + millis() + " ms";
        }
    }
}
