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
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.Superadmins;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.ContractCheck;
import nl.adviestracker.support.DatabaseState;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * Mutated versions of requests to every operation of the OpenAPI document (fields removed, retyped,
 * oversized, control characters, broken JSON, wrong content types, nonsense in path and query):
 * never a 5xx, every answer as the document describes it, and the database's invariants hold
 * afterwards. The operations, their parameters and their bodies come from /openapi.yml itself, so a
 * new operation is fuzzed without touching this test.
 */
class MutatedRequestsIT {

    /** Bounds the whole run; tries after it are not sent (the summary says how many were). */
    static final Duration TIME_BOX = Duration.ofSeconds(75);

    static ApplicationContext context;
    static EmbeddedServer server;
    static HttpClient http;
    static Map<String, Api> clients = new LinkedHashMap<>();
    static Api anonymous;
    static Map<String, Long> fixtures = new LinkedHashMap<>();
    static List<Long> points;
    static OpenAPI document;
    static List<Documented> operations;
    static Instant started;
    static final AtomicInteger TRIED = new AtomicInteger();
    static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    static final Set<String> FUZZED = Collections.synchronizedSet(new TreeSet<>());
    static final List<String> FINDINGS = Collections.synchronizedList(new ArrayList<>());

    /** One operation of the document: how to call it and who may. */
    record Documented(
            String method,
            String path,
            String id,
            List<String> roles,
            boolean anonymous,
            List<Parameter> query,
            Schema<?> body,
            String bodyType) {}

    /** One request to send, described so a finding can be reproduced by hand. */
    record Call(Documented operation, Api client, String who, MutableHttpRequest<?> request, String sent) {
        @Override
        public String toString() {
            return operation.method() + " " + request.getUri() + " as " + who + " with " + sent;
        }
    }

    @BeforeContainer
    static void start() {
        // jqwik runs no JUnit Jupiter extension: what this test lays out itself is the default organisation's
        OrganisationContext.setForThisThread(OrganisationContext.DEFAULT_ORGANISATION);
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        context = server.getApplicationContext();
        http = context.createBean(HttpClient.class, server.getURL());
        Accounts accounts = context.getBean(Accounts.class);
        Api admin = accounts.admin(http);
        long body = admin.post("/api/bodies", Map.of("name", "Raad", "shortName", "R"))
                .id();
        Api member = accounts.member(http, body);
        Api staff = accounts.staff(http);
        clients.put("STAFF", staff);
        clients.put("ASDG", member);
        clients.put("MANAGER", accounts.manager(http));
        clients.put("ADMIN", admin);
        String superadmin = "landelijk-" + System.nanoTime();
        context.getBean(Superadmins.class).create(superadmin, "Landelijk", "l@example.org", Accounts.PASSWORD);
        clients.put("SUPERADMIN", Accounts.logIn(http, superadmin, Accounts.PASSWORD));
        anonymous = new Api(http);
        long advice = member.post("/api/advices", validAdvice(body, "RECEIVED")).id();
        long draft = member.post("/api/advices", validAdvice(body, "DRAFT")).id();
        points = ((List<?>) staff.get("/api/advices/" + advice + "/points").body())
                .stream()
                        .map(p -> ((Number) ((Map<?, ?>) p).get("id")).longValue())
                        .toList();
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0)), "stance", "ADOPTED", "text", "Ja."))
                .id();
        long followUp = staff.post(
                        "/api/followups",
                        Map.of("responseId", response, "description", "Doen", "owner", "DMO", "dueOn", "2025-01-01"))
                .id();
        // deletes and account changes go to rows of their own, so the fixtures above stay usable
        long victim = member.post("/api/advices", validAdvice(body, "DRAFT")).id();
        long victimUser = context.getBean(Users.class)
                .create(new UserInput(
                        "slachtoffer",
                        "Slachtoffer",
                        "slachtoffer@example.org",
                        Role.STAFF,
                        null,
                        Accounts.PASSWORD,
                        true,
                        null))
                .id();
        fixtures.put("body", body);
        fixtures.put("advice", advice);
        fixtures.put("draft", draft);
        fixtures.put("response", response);
        fixtures.put("followUp", followUp);
        fixtures.put("victim", victim);
        fixtures.put("victimUser", victimUser);
        document = ContractCheck.model(http);
        operations = operations(document);
        started = Instant.now();
    }

    @AfterContainer
    static void checkFindingsAndInvariantsAndStop() throws SQLException {
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            System.out.printf(
                    "Mutated requests: %d operations in the document, %d fuzzed, %d requests sent in %ds,"
                            + " answers by status: %s, findings: %d, rows now: %s%n",
                    operations.size(),
                    FUZZED.size(),
                    TRIED.get(),
                    Duration.between(started, Instant.now()).toSeconds(),
                    STATUSES,
                    FINDINGS.size(),
                    DatabaseState.rowCounts(dataSource));
            assertThat(FINDINGS)
                    .as("requests answered with a 5xx or an answer that contradicts /openapi.yml")
                    .isEmpty();
            assertThat(FUZZED).as("operations fuzzed").hasSizeGreaterThan(operations.size() * 9 / 10);
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
        } finally {
            server.close();
        }
    }

    /**
     * Every finding is collected rather than failing the first try, so one run lists them all; the
     * container fails above when there is any.
     */
    @Property(tries = 3000, shrinking = ShrinkingMode.OFF)
    void noMutatedRequestGetsAServerErrorOrAnUndocumentedAnswer(@ForAll("calls") Call call) {
        if (Duration.between(started, Instant.now()).compareTo(TIME_BOX) > 0) {
            return;
        }
        Api.Answer answer = call.client().unchecked(call.request());
        TRIED.incrementAndGet();
        FUZZED.add(call.operation().id());
        synchronized (STATUSES) {
            STATUSES.merge(answer.status(), 1, Integer::sum);
        }
        String mismatches = ContractCheck.mismatches(
                http,
                call.operation().method(),
                call.request().getPath(),
                answer.status(),
                answer.contentType(),
                // only a JSON answer has a body the document describes field by field
                answer.contentType() != null && answer.contentType().contains("json") ? answer.body() : null);
        if (answer.status() >= 500 || !mismatches.isEmpty()) {
            FINDINGS.add(call + "\n  -> " + answer.status() + " " + answer.contentType() + " "
                    + abbreviate(String.valueOf(answer.body())) + (mismatches.isEmpty() ? "" : "\n" + mismatches));
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        Arbitrary<Object> junk = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(25_001).map(s -> (Object) s),
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u001f')
                        .ofMinLength(1)
                        .ofMaxLength(5)
                        .map(s -> (Object) ("a" + s + "b")),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of(
                                "2024-02-30",
                                "31-12-2024",
                                "99999-01-01",
                                "",
                                " ",
                                "null",
                                "{{x}}",
                                "<script>",
                                "=1+1",
                                "\u0000",
                                "\uFEFF",
                                "é".repeat(200))
                        .map(s -> (Object) s),
                Arbitraries.just(List.of()).map(l -> (Object) l),
                Arbitraries.just(Map.of("a", 1)).map(m -> (Object) m),
                Arbitraries.just(List.of(-1L, 0L, Long.MAX_VALUE)).map(l -> (Object) l),
                Arbitraries.just(Collections.nCopies(2000, 1)).map(l -> (Object) l));
        return Combinators.combine(
                        Arbitraries.of(operations),
                        Arbitraries.integers().between(0, 13),
                        junk,
                        Arbitraries.integers().between(0, 10_000))
                .as(MutatedRequestsIT::call);
    }

    private static Call call(Documented operation, int kind, Object value, int seed) {
        String who = who(operation, seed);
        Api client = who.equals("anonymous") ? anonymous : clients.get(who);
        String path = path(operation, kind == 10 ? value : null, seed);
        String query = query(operation, kind == 11 ? value : null, seed);
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.valueOf(operation.method()), path + query);
        if (operation.body() == null && operation.bodyType() == null) {
            return new Call(operation, client, who, request, "no body");
        }
        if (!MediaType.APPLICATION_JSON.equals(operation.bodyType())) {
            String text = kind < 6 ? "1. Eerste punt\n2. Tweede punt" : String.valueOf(value);
            request.body(text).contentType(MediaType.TEXT_PLAIN_TYPE);
            return new Call(operation, client, who, request, "text/plain " + abbreviate(text));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (valid(operation.body(), "body", operation, 0) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> body.put((String) k, v));
        }
        List<String> fields = new ArrayList<>(body.keySet());
        String field = fields.isEmpty() ? "unexpected" : fields.get(seed % fields.size());
        String json;
        MediaType type = MediaType.APPLICATION_JSON_TYPE;
        switch (kind) {
            case 0 -> json = json(without(body, field));
            case 1, 2, 3 -> json = json(with(body, field, value));
            case 4 -> json = json(with(body, "unexpected" + seed, value));
            case 5 -> {
                String whole = json(body);
                json = whole.substring(0, seed % Math.max(1, whole.length()));
            }
            case 6 -> {
                json = json(body);
                type = MediaType.TEXT_PLAIN_TYPE;
            }
            case 7 -> json = String.valueOf(value);
            case 8 -> json = json(List.of(body));
            case 9 -> json = json(Map.of(field, value));
            default -> json = json(body);
        }
        request.body(json).contentType(type);
        return new Call(operation, client, who, request, type + " " + abbreviate(json));
    }

    /** A role that may call the operation; now and then nobody signed in, to hear the 401. */
    private static String who(Documented operation, int seed) {
        if (operation.anonymous() || seed % 20 == 0) {
            return "anonymous";
        }
        List<String> allowed = operation.roles().isEmpty() ? List.of("STAFF", "ASDG") : operation.roles();
        return allowed.get(seed % allowed.size());
    }

    private static String path(Documented operation, Object junk, int seed) {
        String path = operation.path();
        boolean destructive = operation.method().equals("DELETE");
        String resource = path.split("/")[2];
        StringBuilder result = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            result.append('/');
            if (!segment.startsWith("{")) {
                result.append(segment);
                continue;
            }
            String name = segment.substring(1, segment.indexOf('}'));
            String rest = segment.substring(segment.indexOf('}') + 1);
            if (junk != null && seed % 2 == 0) {
                result.append(URLEncoder.encode(abbreviate(String.valueOf(junk)), StandardCharsets.UTF_8));
            } else {
                result.append(fixture(resource, name, destructive, seed));
            }
            result.append(rest);
        }
        return result.toString();
    }

    private static long fixture(String resource, String name, boolean destructive, int seed) {
        return switch (name) {
            case "pointId" -> points.get(seed % points.size());
            case "responseId" -> fixtures.get("response");
            case "from", "to", "number", "evidenceId", "tokenId" -> 1 + seed % 2;
            default ->
                switch (resource) {
                    case "advices" ->
                        destructive ? fixtures.get("victim") : fixtures.get(seed % 3 == 0 ? "draft" : "advice");
                    case "followups" -> fixtures.get("followUp");
                    case "bodies" -> fixtures.get("body");
                    case "users" -> fixtures.get("victimUser");
                    default -> 1 + seed % 2;
                };
        };
    }

    private static String query(Documented operation, Object junk, int seed) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < operation.query().size(); i++) {
            Parameter parameter = operation.query().get(i);
            if ((seed >> i) % 3 != 0) {
                continue;
            }
            Object value = junk != null ? junk : valid(parameter.getSchema(), parameter.getName(), operation, 0);
            pairs.add(parameter.getName() + "="
                    + URLEncoder.encode(abbreviate(String.valueOf(value)), StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A value that the schema allows, with the fixtures' ids where a field names one. */
    private static Object valid(Schema<?> schema, String name, Documented operation, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 4) {
            return null;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type =
                schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((property, propertySchema) -> {
                        Object value = valid(propertySchema, property, operation, depth + 1);
                        if (value != null) {
                            object.put(property, value);
                        }
                    });
                }
                yield object;
            }
            case "array" -> List.of(valid(schema.getItems(), name, operation, depth + 1));
            case "integer" ->
                switch (name) {
                    case "bodyId" -> fixtures.get("body");
                    case "pointIds" -> points.get(1);
                    case "responseId" -> fixtures.get("response");
                    case "adviceId", "supplementsAdviceId" -> fixtures.get("advice");
                    case "version", "page" -> 0;
                    default -> 1;
                };
            case "number" -> 1.5;
            case "boolean" -> true;
            default -> {
                String format = schema.getFormat() == null ? "" : schema.getFormat();
                if (format.equals("date")) {
                    yield "2024-02-02";
                }
                if (format.equals("date-time")) {
                    yield "2024-02-02T10:00:00Z";
                }
                if (name.toLowerCase().contains("mail")) {
                    yield "iemand@example.org";
                }
                if (name.toLowerCase().contains("url")) {
                    yield "https://example.org/advies";
                }
                yield "Tekst" + name.length();
            }
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> resolve(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return resolve(document.getComponents().getSchemas().get(name));
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return resolve((Schema) schema.getAllOf().get(0));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static List<Documented> operations(OpenAPI document) {
        List<Documented> result = new ArrayList<>();
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    Schema<?> body = null;
                    String bodyType = null;
                    if (operation.getRequestBody() != null) {
                        var content = operation.getRequestBody().getContent();
                        bodyType = content.containsKey(MediaType.APPLICATION_JSON)
                                ? MediaType.APPLICATION_JSON
                                : content.keySet().iterator().next();
                        body = content.get(bodyType).getSchema();
                    }
                    List<Parameter> query = operation.getParameters() == null
                            ? List.of()
                            : operation.getParameters().stream()
                                    .filter(p -> "query".equals(p.getIn()))
                                    .toList();
                    Object roles = operation.getExtensions() == null
                            ? null
                            : operation.getExtensions().get("x-roles");
                    result.add(new Documented(
                            method.name(),
                            path,
                            operation.getOperationId(),
                            roles == null ? List.of() : (List<String>) roles,
                            isAnonymous(operation),
                            query,
                            body,
                            bodyType));
                }));
        return result;
    }

    private static boolean isAnonymous(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().isEmpty();
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static String json(Object value) {
        try {
            return context.getBean(JsonMapper.class).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " characters)" : text;
    }

    private static Map<String, Object> validAdvice(long body, String status) {
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

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
