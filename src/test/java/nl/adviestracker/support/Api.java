package nl.adviestracker.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/** A JSON client for tests that returns every answer, 4xx included, instead of throwing. */
public final class Api {

    private final HttpClient client;
    private final String session;

    /** An anonymous client. */
    public Api(HttpClient client) {
        this(client, null);
    }

    private Api(HttpClient client, String session) {
        this.client = client;
        this.session = session;
    }

    /** The session cookie's value, or null for an anonymous client. */
    public String session() {
        return session;
    }

    /** The same client, sending this session cookie with every request. */
    public Api withSession(String sessionToken) {
        return new Api(client, sessionToken);
    }

    public Answer get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    public Answer post(String path, Object body) {
        return exchange(HttpRequest.POST(path, body));
    }

    public Answer put(String path, Object body) {
        return exchange(HttpRequest.PUT(path, body));
    }

    public Answer delete(String path) {
        return exchange(HttpRequest.DELETE(path));
    }

    /** The answer, checked against the OpenAPI document: one it does not describe fails the test. */
    public Answer exchange(MutableHttpRequest<?> request) {
        Answer answer = unchecked(request);
        ContractCheck.verify(
                client,
                request.getMethodName(),
                request.getPath(),
                answer.status(),
                answer.contentType(),
                answer.body());
        return answer;
    }

    /** The answer without checking it against the document: for a test that checks it itself. */
    public Answer unchecked(MutableHttpRequest<?> request) {
        if (session != null) {
            request.cookie(io.micronaut.http.cookie.Cookie.of("adviestracker_session", session));
        }
        try {
            var response = client.toBlocking().exchange(request, Argument.of(Object.class), Argument.of(Object.class));
            return new Answer(
                    response.code(),
                    response.getBody().orElse(null),
                    response.getContentType().map(Object::toString).orElse(null));
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.code(),
                    e.getResponse().getBody(Object.class).orElse(null),
                    e.getResponse().getContentType().map(Object::toString).orElse(null));
        }
    }

    /** A file as the service sends it: CSV, XLSX, PDF, iCalendar. */
    public Download download(String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (session != null) {
            request.cookie(io.micronaut.http.cookie.Cookie.of("adviestracker_session", session));
        }
        Download download;
        try {
            var response = client.toBlocking().exchange(request, byte[].class);
            download = new Download(
                    response.code(),
                    response.getContentType().map(Object::toString).orElse(null),
                    response.getHeaders().get("Content-Disposition"),
                    response.getBody().orElse(new byte[0]));
        } catch (HttpClientResponseException e) {
            download = new Download(
                    e.code(),
                    e.getResponse().getContentType().map(Object::toString).orElse(null),
                    null,
                    new byte[0]);
        }
        ContractCheck.verify(client, "GET", path, download.status(), download.contentType(), null);
        return download;
    }

    /** A downloaded file: status, content type, Content-Disposition and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {

        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A status, a parsed JSON body and its content type. */
    public record Answer(int status, Object body, String contentType) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Object> list() {
            return (List<Object>) body;
        }

        public long id() {
            return ((Number) json().get("id")).longValue();
        }

        @SuppressWarnings("unchecked")
        public Object at(String path) {
            Object current = body;
            for (String part : path.split("\\.")) {
                if (current instanceof Map<?, ?> map) {
                    current = map.get(part);
                } else if (current instanceof List<?> list) {
                    current = list.get(Integer.parseInt(part));
                } else {
                    return null;
                }
            }
            return current;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
