package nl.adviestracker.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Completes the OpenAPI document that micronaut-openapi generates from the controllers, in one place
 * instead of on every controller: only the API (the screens are HTML for people, not part of the
 * contract), who may call each operation, the error answers every operation can give with their
 * problem body, and readable operation ids.
 */
public final class ApiContract {

    static final String SESSION = "sessionCookie";
    static final String BEARER = "bearerToken";
    /** The name SessionCookie gives the session cookie (shared does not depend on account). */
    static final String SESSION_COOKIE = "adviestracker_session";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** Who may call one operation: nobody needs to sign in, or one of these roles (empty: anyone signed in). */
    public record Access(boolean anonymous, List<String> roles) {
        public static Access anyone() {
            return new Access(true, List.of());
        }
    }

    private ApiContract() {}

    /**
     * @param generated the document as the build generated it
     * @param access per operation, keyed "GET /api/advices/{id}", who may call it; an operation
     *     missing here is taken to need a signed-in user
     */
    @SuppressWarnings("unchecked")
    public static String complete(String generated, Map<String, Access> access) {
        Map<String, Object> document = new Yaml().load(generated);
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        Map<String, Object> api = new TreeMap<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                api.put(path, item);
            }
        });
        api.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                complete(
                        path,
                        method,
                        (Map<String, Object>) operation,
                        access.get(method.toUpperCase(Locale.ROOT) + " " + path));
            }
        }));
        document.put("paths", api);
        Map<String, Object> components =
                (Map<String, Object>) document.computeIfAbsent("components", k -> new LinkedHashMap<>());
        Map<String, Object> schemas =
                (Map<String, Object>) components.computeIfAbsent("schemas", k -> new LinkedHashMap<>());
        schemas.put("Problem", problemSchema());
        schemas.put("FieldProblem", fieldProblemSchema());
        typeNullableReferences(document, schemas);
        // after inlining, so a schema only inlined is dropped too
        dropUnused(schemas, api);
        dropNullExamples(document);
        document.putIfAbsent(
                "servers", List.of(Map.of("url", "/", "description", "the service that serves this document")));
        components.put("securitySchemes", securitySchemes());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(document);
    }

    @SuppressWarnings("unchecked")
    private static void complete(String path, String method, Map<String, Object> operation, Access access) {
        operation.put("operationId", operationId(method, path));
        Map<String, Object> responses =
                (Map<String, Object>) operation.computeIfAbsent("responses", k -> new LinkedHashMap<>());
        responses.forEach((status, response) -> {
            ((Map<String, Object>) response).put("description", reason(status));
            fileInItsOwnType((Map<String, Object>) response);
        });
        boolean hasBody = operation.containsKey("requestBody");
        boolean hasParameters = operation.get("parameters") instanceof List<?> list && !list.isEmpty();
        boolean hasPathParameters = path.contains("{");
        // the public pages' ?organisatie= names an organisation, which may not exist
        boolean namesAnOrganisation = operation.get("parameters") instanceof List<?> list
                && list.stream().anyMatch(p -> p instanceof Map<?, ?> m && "organisatie".equals(m.get("name")));
        boolean writes = !method.equals("get");
        Access who = access == null ? new Access(false, List.of()) : access;
        if (who.anonymous()) {
            operation.put("security", List.of());
        } else {
            operation.put("x-roles", who.roles());
            operation.put("security", List.of(Map.of(SESSION, List.of()), Map.of(BEARER, List.of())));
            String needs = who.roles().isEmpty()
                    ? "Needs a signed-in user."
                    : "Needs one of the roles: " + String.join(", ", who.roles()) + ".";
            Object description = operation.get("description");
            operation.put("description", description == null ? needs : description + "\n\n" + needs);
        }
        if (hasBody || hasParameters) {
            problem(responses, "400", "The request is invalid: each wrong field is named with the reason.");
        }
        if (!who.anonymous()) {
            problem(responses, "401", "Not signed in: no valid session cookie or API token.");
            problem(
                    responses,
                    "403",
                    "The signed-in user may not do this (role, own advisory body, or a missing CSRF token).");
        }
        if (hasPathParameters || namesAnOrganisation) {
            problem(responses, "404", "What the path names does not exist or is not visible to this user.");
        }
        // a document rendered on request (a letter preview) can be refused for the state it is in
        boolean renders = path.endsWith(".pdf") || path.endsWith(".docx") || path.endsWith(".html");
        if (writes || renders) {
            problem(
                    responses,
                    "409",
                    "The change conflicts with what is stored: a stale version (current holds what is stored) "
                            + "or a state that does not allow it.");
        }
        // any request, also one without a body, can be too large: its address and headers are bounded too
        problem(responses, "413", "The request is too large: its body, or its address and headers together.");
        if (hasBody) {
            problem(responses, "415", "The request body is not of a content type this operation reads.");
        }
        problem(responses, "503", "The database cannot be reached now; try again after Retry-After seconds.");
    }

    /**
     * A controller that answers bytes without saying their type (a stored document: PDF, DOCX,
     * e-mail) is generated as JSON; JSON is never a byte string, so it is the file in its own type.
     */
    @SuppressWarnings("unchecked")
    private static void fileInItsOwnType(Map<String, Object> response) {
        if (response.get("content") instanceof Map<?, ?> content
                && content.size() == 1
                && content.get("application/json") instanceof Map<?, ?> json
                && json.get("schema") instanceof Map<?, ?> schema
                && "byte".equals(schema.get("format"))) {
            response.put("content", Map.of("*/*", json));
        }
    }

    /** "get /api/advices/{id}/letter.pdf" becomes "getAdvicesByIdLetterPdf": unique, and readable. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : path.substring("/api/".length()).split("[/.\\-]")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith("{")) {
                segment = "by" + capitalize(segment.substring(1, segment.length() - 1));
            }
            id.append(capitalize(segment));
        }
        return id.toString();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static void problem(Map<String, Object> responses, String status, String description) {
        responses.computeIfAbsent(
                status,
                k -> Map.of(
                        "description",
                        description,
                        "content",
                        Map.of(Problem.MEDIA_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
    }

    private static String reason(String status) {
        return switch (status) {
            case "200" -> "OK";
            case "201" -> "Created";
            case "204" -> "Done; no content";
            default -> "Answer " + status;
        };
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "description", "always about:blank"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer", "format", "int32"));
        properties.put("detail", Map.of("type", "string", "description", "what went wrong, in Dutch"));
        properties.put("instance", Map.of("type", "string", "nullable", true, "description", "the path asked for"));
        properties.put(
                "errors",
                Map.of(
                        "type",
                        "array",
                        "description",
                        "one entry per wrong field",
                        "items",
                        Map.of("$ref", "#/components/schemas/FieldProblem")));
        properties.put(
                "current",
                Map.of(
                        "description",
                        "on a 409 for a stale version: what is stored now, in the shape the operation answers"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "An RFC 7807 problem (application/problem+json).");
        schema.put("required", List.of("type", "title", "status", "detail", "errors"));
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> fieldProblemSchema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", List.of("field", "message"));
        schema.put(
                "properties",
                Map.of(
                        "field",
                        Map.of(
                                "type",
                                "string",
                                "description",
                                "the field as the client named it, e.g. points[1].label"),
                        "message",
                        Map.of("type", "string", "description", "why, in Dutch")));
        return schema;
    }

    private static Map<String, Object> securitySchemes() {
        Map<String, Object> schemes = new LinkedHashMap<>();
        schemes.put(
                SESSION,
                Map.of(
                        "type",
                        "apiKey",
                        "in",
                        "cookie",
                        "name",
                        SESSION_COOKIE,
                        "description",
                        "The session that POST /login starts. Bodies other than JSON also need X-CSRF-Token."));
        schemes.put(
                BEARER,
                Map.of(
                        "type",
                        "http",
                        "scheme",
                        "bearer",
                        "description",
                        "A personal API token (at_...) that an admin issues: POST /api/users/{id}/tokens."));
        return schemes;
    }

    /**
     * "nullable: true" beside an allOf of one reference, as the generator writes an optional enum or
     * object, admits no null in OpenAPI 3.0 (allOf must match, and a type is missing): such a schema
     * becomes a nullable copy of the one it refers to.
     */
    @SuppressWarnings("unchecked")
    private static void typeNullableReferences(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> schema = (Map<String, Object>) map;
            if (Boolean.TRUE.equals(schema.get("nullable"))
                    && !schema.containsKey("type")
                    && schema.get("allOf") instanceof List<?> allOf
                    && allOf.size() == 1
                    && allOf.get(0) instanceof Map<?, ?> only
                    && only.get("$ref") instanceof String ref
                    && schemas.get(ref.substring(ref.lastIndexOf('/') + 1)) instanceof Map<?, ?> target
                    && target.get("type") != null) {
                // allOf does not admit null even beside nullable: inline the referenced schema instead
                schema.remove("allOf");
                ((Map<String, Object>) target).forEach(schema::putIfAbsent);
                if (schema.get("enum") instanceof List<?> values && !values.contains(null)) {
                    List<Object> withNull = new ArrayList<>(values);
                    withNull.add(null);
                    schema.put("enum", withNull);
                }
            }
            for (Object value : new ArrayList<>(map.values())) {
                typeNullableReferences(value, schemas);
            }
        } else if (node instanceof List<?> list) {
            for (Object value : list) {
                typeNullableReferences(value, schemas);
            }
        }
    }

    /** The screens' form schemas are no part of the API: keep only what the API's operations reach. */
    @SuppressWarnings("unchecked")
    /**
     * The generator writes {@code example: null} where it merges two operations on one path (a multipart and a
     * raw upload); a null example says nothing and is invalid where the schema does not admit null.
     */
    private static void dropNullExamples(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("example") && map.get("example") == null) {
                map.remove("example");
            }
            map.values().forEach(ApiContract::dropNullExamples);
        } else if (node instanceof List<?> list) {
            list.forEach(ApiContract::dropNullExamples);
        }
    }

    private static void dropUnused(Map<String, Object> schemas, Map<String, Object> paths) {
        Set<String> reached = new java.util.HashSet<>();
        List<Object> todo = new ArrayList<>(List.of(paths));
        while (!todo.isEmpty()) {
            Object node = todo.remove(todo.size() - 1);
            if (node instanceof Map<?, ?> map) {
                Object ref = map.get("$ref");
                if (ref instanceof String name && name.startsWith("#/components/schemas/")) {
                    String schema = name.substring("#/components/schemas/".length());
                    if (reached.add(schema) && schemas.containsKey(schema)) {
                        todo.add(schemas.get(schema));
                    }
                }
                todo.addAll(map.values());
            } else if (node instanceof List<?> list) {
                todo.addAll(list);
            }
        }
        schemas.keySet().removeIf(name -> !reached.contains(name));
    }
}
