package nl.adviestracker.database;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code database} part of {@code /health}: whether a connection answers, and with the embedded
 * PostgreSQL its server's state ({@code RUNNING}, {@code RESTARTING}, {@code STOPPED}, {@code FAILED})
 * and how often it was restarted. It names no URL, host, user or message text: the body is public.
 * (Micronaut's own {@code jdbc} indicator, which shows the URL, is switched off in application.yml.)
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
final class DatabaseHealthIndicator implements HealthIndicator {

    private static final String NAME = "database";
    private static final int VALID_SECONDS = 2;

    private final DataSource dataSource;
    private final EmbeddedPostgresSettings embedded;

    DatabaseHealthIndicator(DataSource dataSource, EmbeddedPostgresSettings embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        Optional<EmbeddedPostgresStatus> server = EmbeddedPostgresServer.status(embedded.dataDir());
        details.put("mode", server.isPresent() ? "embedded" : "external");
        server.ifPresent(status -> details.put(
                "embeddedServer",
                Map.of(
                        "state", status.state().name(),
                        "since", status.since().toString(),
                        "restarts", status.restarts())));
        if (server.isPresent() && server.get().state() != EmbeddedPostgresState.RUNNING) {
            // no connection can be had; asking the pool would only wait its connection timeout
            details.put("connection", "DOWN");
            return HealthResult.builder(NAME, HealthStatus.DOWN)
                    .details(details)
                    .build();
        }
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            if (connection.isValid(VALID_SECONDS)) {
                details.put("connection", "UP");
                return HealthResult.builder(NAME, HealthStatus.UP)
                        .details(details)
                        .build();
            }
            details.put("connection", "DOWN");
            details.put("problem", "the connection did not answer within " + VALID_SECONDS + " s");
        } catch (SQLException e) {
            details.put("connection", "DOWN");
            details.put("problem", e.getSQLState() == null ? "no connection" : "SQL state " + e.getSQLState());
        }
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
    }
}
