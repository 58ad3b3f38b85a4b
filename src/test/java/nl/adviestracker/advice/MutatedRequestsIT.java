package nl.adviestracker.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.DatabaseState;

/**
 * Thousands of mutated versions of valid requests (fields removed, retyped, oversized, broken JSON,
 * wrong content types): never a 5xx, always a problem body on a 4xx, and the database's invariants
 * hold afterwards.
 */
class MutatedRequestsIT {

    static ApplicationContext context;
    static EmbeddedServer server;
    static HttpClient http;
    static Api member;
    static Api staff;
    static long body;
    static long advice;
    static long draft;
    static List<Long> points;
    static long response;
    static final AtomicInteger TRIED = new AtomicInteger();
    static final Map<Integer, Integer> STATUSES = new java.util.TreeMap<>();

    @BeforeContainer
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        context = server.getApplicationContext();
        http = context.createBean(HttpClient.class, server.getURL());
        Accounts accounts = context.getBean(Accounts.class);
        body = accounts.admin(http)
                .post("/api/bodies", Map.of("name", "Raad", "shortName", "R"))
                .id();
        member = accounts.member(http, body);
        staff = accounts.staff(http);
        advice = member.post("/api/advices", validAdvice("RECEIVED")).id();
        draft = member.post("/api/advices", validAdvice("DRAFT")).id();
        points = ((List<?>) staff.get("/api/advices/" + advice + "/points").body())
                .stream()
                        .map(p -> ((Number) ((Map<?, ?>) p).get("id")).longValue())
                        .toList();
        response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0)), "stance", "ADOPTED", "text", "Ja."))
                .id();
    }

    @AfterContainer
    static void checkInvariantsAndStop() throws SQLException {
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                            dataSource)
                    .getConnection()) {
                assertThat(count(
                                connection,
                                "select count(*) from response r where not exists "
                                        + "(select 1 from response_point rp where rp.response_id = r.id)"))
                        .as("responses that cover no point")
                        .isZero();
                assertThat(count(
                                connection,
                                "select count(*) from (select advice_id from point group by advice_id "
                                        + "having min(position) <> 1 or max(position) <> count(*)) gaps"))
                        .as("advices whose points are not numbered 1..n")
                        .isZero();
                assertThat(count(connection, "select count(*) from advice where subject = '' or length(subject) > 300"))
                        .as("advices with an empty or oversized subject")
                        .isZero();
                assertThat(count(
                                connection,
                                "select count(*) from followup f join response r on r.id = f.response_id "
                                        + "where r.advice_id <> f.advice_id"))
                        .as("follow-ups on another advice's response")
                        .isZero();
            }
            System.out.printf(
                    "Mutated requests tried: %d, answers by status: %s, rows now: %s%n",
                    TRIED.get(), STATUSES, DatabaseState.rowCounts(dataSource));
        } finally {
            server.close();
        }
    }

    record Target(HttpMethod method, String path, Map<String, Object> valid) {}

    @Property(tries = 2500)
    void noMutationOfAValidRequestCausesAServerError(@ForAll("mutatedRequests") MutableHttpRequest<?> request) {
        Api.Answer answer = (request.getPath().contains("/responses")
                                || request.getPath().contains("/letter")
                                || request.getPath().startsWith("/api/followups")
                                || request.getMethod() == HttpMethod.PUT
                                        && request.getPath().equals("/api/advices/" + advice)
                        ? staff
                        : member)
                .exchange(request);
        TRIED.incrementAndGet();
        synchronized (STATUSES) {
            STATUSES.merge(answer.status(), 1, Integer::sum);
        }
        assertThat(answer.status())
                .as(request.getMethod() + " " + request.getPath() + " -> " + answer)
                .isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(answer.toString()).isEqualTo("application/problem+json");
            assertThat(answer.at("status")).isEqualTo(answer.status());
            assertThat((String) answer.at("detail")).isNotBlank();
        }
    }

    @Provide
    Arbitrary<MutableHttpRequest<?>> mutatedRequests() {
        List<Target> targets = List.of(
                new Target(HttpMethod.POST, "/api/advices", validAdvice("RECEIVED")),
                new Target(HttpMethod.PUT, "/api/advices/" + advice, withVersion(validAdvice("RECEIVED"), 0)),
                new Target(
                        HttpMethod.POST,
                        "/api/advices/" + draft + "/points",
                        Map.of("label", "7", "text", "Nieuw punt", "kind", "QUESTION")),
                new Target(
                        HttpMethod.POST,
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds",
                                List.of(points.get(1)),
                                "stance",
                                "NOT_ADOPTED",
                                "text",
                                "Nee.",
                                "reason",
                                "Geld.")),
                new Target(
                        HttpMethod.PUT,
                        "/api/advices/" + advice + "/responses/" + response,
                        Map.of("pointIds", List.of(points.get(0)), "stance", "ADOPTED", "text", "Ja!", "version", 0)),
                new Target(
                        HttpMethod.POST,
                        "/api/followups",
                        Map.of("responseId", response, "description", "Doen", "owner", "DMO", "dueOn", "2025-01-01")),
                new Target(HttpMethod.PUT, "/api/advices/" + advice + "/letter", Map.of("closing", "Tot slot.")));
        Arbitrary<Target> target = Arbitraries.of(targets);
        Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 9);
        Arbitrary<Object> junk = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(25_001).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of("2024-02-30", "31-12-2024", "", " ", "null", "{{x}}", "<script>", "=1+1", "\u0000")
                        .map(s -> (Object) s),
                Arbitraries.just(List.of()).map(l -> (Object) l),
                Arbitraries.just(Map.of("a", 1)).map(m -> (Object) m),
                Arbitraries.just(List.of(-1L, 0L, Long.MAX_VALUE)).map(l -> (Object) l));
        return Combinators.combine(
                        target, mutation, junk, Arbitraries.integers().between(0, 1000))
                .as((t, kind, value, seed) -> mutate(t, kind, value, seed));
    }

    private static MutableHttpRequest<?> mutate(Target target, int kind, Object value, int seed) {
        Map<String, Object> body = new LinkedHashMap<>(target.valid());
        List<String> fields = new ArrayList<>(body.keySet());
        String field = fields.get(seed % fields.size());
        MutableHttpRequest<Object> request = HttpRequest.create(target.method(), target.path());
        switch (kind) {
            case 0 -> body.remove(field);
            case 1, 2, 3 -> body.put(field, value);
            case 4 -> body.put("unexpected" + seed, value);
            case 5 -> {
                String json = json(body);
                return request.body(json.substring(0, seed % Math.max(1, json.length())))
                        .contentType(MediaType.APPLICATION_JSON_TYPE);
            }
            case 6 -> {
                return request.body(json(body)).contentType(MediaType.TEXT_PLAIN_TYPE);
            }
            case 7 -> {
                return request.body(String.valueOf(value)).contentType(MediaType.APPLICATION_JSON_TYPE);
            }
            case 8 -> {
                return request.body(json(List.of(body))).contentType(MediaType.APPLICATION_JSON_TYPE);
            }
            default -> {
                body.clear();
                body.put(field, value);
            }
        }
        return request.body(json(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String json(Object value) {
        try {
            return context.getBean(JsonMapper.class).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> validAdvice(String status) {
        Map<String, Object> advice = new LinkedHashMap<>();
        advice.put("bodyId", body);
        advice.put("subject", "Armoedebeleid");
        advice.put("kind", "SOLICITED");
        advice.put("receivedOn", "2024-02-02");
        advice.put("status", status);
        advice.put(
                "points",
                List.of(
                        Map.of("label", "1", "text", "Eén", "kind", "RECOMMENDATION"),
                        Map.of("label", "2", "text", "Twee", "kind", "QUESTION")));
        return advice;
    }

    private static Map<String, Object> withVersion(Map<String, Object> input, int version) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.put("version", version);
        return copy;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
