package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.adviestracker.support.FormLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault test for the service itself: it is killed ({@code kill -9}) while people save, which
 * leaves its embedded PostgreSQL running without it. Started again, it must come up on the first
 * try (stopping that orphaned server first) with every write it acknowledged. The service runs as a
 * child JVM, as in production: {@code java -cp ... nl.adviestracker.Application}.
 */
class ServiceKillIT {

    private static final String PASSWORD = "kill-test-wachtwoord";
    private static final Duration START_LIMIT = Duration.ofSeconds(75);
    private static final int WRITERS = 3;

    @TempDir
    Path temp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> services = new ArrayList<>();
    private Path dataDir;

    @AfterEach
    void stopEverythingStarted() throws Exception {
        for (Process service : services) {
            if (service.isAlive()) {
                service.destroy(); // SIGTERM: the service stops its PostgreSQL on the way out
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
        if (dataDir != null) {
            PostmasterPidFile.in(dataDir)
                    .map(file -> new Postmaster(file.pid()))
                    .ifPresent(postmaster -> {
                        if (postmaster.isRunning() && postmaster.isPostgres()) {
                            postmaster.kill();
                        }
                    });
        }
    }

    @Test
    void aKilledServiceStartsAgainOnTheFirstTryWithEveryAcknowledgedWrite() throws Exception {
        dataDir = temp.resolve("data");
        int httpPort = freePort();
        int postgresPort = freePort();
        String base = "http://127.0.0.1:" + httpPort;

        long launching = System.nanoTime();
        Process first = start(httpPort, postgresPort, "first");
        awaitHealthy(base, first);
        long firstUp = System.nanoTime();
        String session = logIn(base);

        AtomicBoolean running = new AtomicBoolean(true);
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> loops = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String writer = "w" + w;
            loops.add(threads.submit(() -> write(base, session, writer, running, writes)));
        }
        long killedAt;
        try {
            await("every writer saves a few bodies", Duration.ofSeconds(30), first, () -> {
                synchronized (writes) {
                    return writes.stream().filter(Write::acknowledged).count() >= 5L * WRITERS;
                }
            });
            killedAt = System.nanoTime();
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
        Postmaster orphan = PostmasterPidFile.in(dataDir)
                .map(file -> new Postmaster(file.pid()))
                .orElseThrow();
        assertThat(orphan.isRunning())
                .as("the killed service left its PostgreSQL running")
                .isTrue();

        long restarting = System.nanoTime();
        Process second = start(httpPort, postgresPort, "second");
        awaitHealthy(base, second);
        long secondUp = System.nanoTime();
        assertThat(orphan.isRunning()).as("the orphaned PostgreSQL was stopped").isFalse();
        Files.readAllLines(temp.resolve("second.log")).stream()
                .filter(line -> line.contains("PostgreSQL"))
                .forEach(line -> System.out.println("second start: " + line));

        List<Write> acknowledged = writes.stream().filter(Write::acknowledged).toList();
        List<Write> unanswered = writes.stream().filter(w -> !w.acknowledged()).toList();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + EmbeddedPostgresServer.APPLICATION_DATABASE,
                EmbeddedPostgresServer.USER,
                "")) {
            assertThat(countBodies(connection, acknowledged))
                    .as("every acknowledged body is stored")
                    .isEqualTo(acknowledged.size());
            long unacknowledgedButStored = countBodies(connection, unanswered);
            assertThat(bodiesWithoutTheirAuditEvent(connection))
                    .as("no write is half stored: every stored body has the audit event of the same transaction")
                    .isZero();
            System.out.printf(
                    "Service kill: first start %d ms; %d writes acknowledged and stored, %d unanswered (%d of those "
                            + "committed before the kill); start after the kill %d ms to healthy, orphaned "
                            + "PostgreSQL stopped on the way; %d ms from the kill to healthy%n",
                    millis(launching, firstUp),
                    acknowledged.size(),
                    unanswered.size(),
                    unacknowledgedButStored,
                    millis(restarting, secondUp),
                    millis(killedAt, secondUp));
        }
    }

    private Process start(int httpPort, int postgresPort, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Surefire's own class path names the build's classes and every test dependency; empty entries (the working
        // directory) are left out, or Liquibase would find db/changelog.yaml twice
        String classpath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !entry.equals("."))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                "nl.adviestracker.Application");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DATASOURCES_") || key.startsWith("ADVIESTRACKER_"));
        env.put("PORT", Integer.toString(httpPort));
        env.put("ADVIESTRACKER_DATA_DIR", dataDir.toString());
        env.put("ADVIESTRACKER_EMBEDDED_PORT", Integer.toString(postgresPort));
        env.put("ADVIESTRACKER_DEMO_DATA", "false");
        env.put("ADVIESTRACKER_ADMIN_PASSWORD", PASSWORD);
        env.put("ADVIESTRACKER_LETTERS_WARM_UP_DELAY", "10m");
        builder.directory(temp.toFile());
        builder.redirectErrorStream(true);
        builder.redirectOutput(temp.resolve(name + ".log").toFile());
        Process process = builder.start();
        services.add(process);
        return process;
    }

    private void awaitHealthy(String base, Process service) throws Exception {
        await("the service answers /health with 200", START_LIMIT, service, () -> {
            try {
                return http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/health"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** The admin signs in through the login pages, with the second step an admin needs. */
    private String logIn(String base) {
        return "adviestracker_session=" + FormLogin.session(base, "admin", PASSWORD);
    }

    /** One client that creates advisory bodies one after the other until stopped or refused. */
    private void write(String base, String session, String writer, AtomicBoolean running, List<Write> writes) {
        for (int n = 1; running.get() && n <= 2000; n++) {
            String shortName = "K" + writer + "-" + n;
            int status;
            try {
                status = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/bodies"))
                                        .timeout(Duration.ofSeconds(10))
                                        .header("Content-Type", "application/json")
                                        .header("Cookie", session)
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Killraad " + shortName
                                                + "\",\"shortName\":\"" + shortName + "\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                status = 0; // the service is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            writes.add(new Write(shortName, status));
            if (status == 0) {
                return;
            }
        }
    }

    private static long countBodies(Connection connection, List<Write> writes) throws SQLException {
        try (var statement =
                connection.prepareStatement("select count(*) from advisory_body where short_name = any(?)")) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "text", writes.stream().map(Write::shortName).toArray(String[]::new)));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long bodiesWithoutTheirAuditEvent(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from advisory_body b where b.name like 'Killraad %'"
                        + " and not exists (select 1 from audit_event e"
                        + " where e.entity = 'advisory_body' and e.entity_id = b.id)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void await(String what, Duration limit, Process service, BooleanSupplier condition)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (!service.isAlive()) {
                throw new AssertionError(
                        "The service exited (" + service.exitValue() + ") before: " + what + "\n" + tail(service));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what + "\n" + tail(service));
            }
            Thread.sleep(100);
        }
    }

    private String tail(Process service) throws IOException {
        String name = services.indexOf(service) == 0 ? "first" : "second";
        List<String> lines = Files.readAllLines(temp.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private record Write(String shortName, int status) {
        boolean acknowledged() {
            return status / 100 == 2;
        }
    }
}
