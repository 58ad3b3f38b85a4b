package nl.adviestracker.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.support.FormLogin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript for fast page tests: keeps the session cookie, posts forms with the
 * page's CSRF token, follows no redirects (so a test sees the 303 after a good post) and parses HTML.
 */
final class WebClient {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private String session;
    private String csrf;

    WebClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    record Page(int status, String body, String location, String contentType) {
        Document html() {
            return Jsoup.parse(body);
        }
    }

    /** Logs in through the login form, with the second step where the account has or needs one. */
    WebClient logIn(String username, String password) {
        session = FormLogin.session(baseUrl, username, password);
        csrf = get("/").html().selectFirst("input[name=_csrf]").attr("value");
        return this;
    }

    Page get(String path) {
        return page(send(request(path).header("Accept", "text/html").GET()));
    }

    Page getAs(String path, String accept) {
        return page(send(request(path).header("Accept", accept).GET()));
    }

    /** Posts a form with the session's CSRF token, as the page's form would. */
    Page post(String path, Map<String, List<String>> fields) {
        Map<String, List<String>> withToken = new java.util.LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", List.of(csrf));
        return postRaw(path, withToken);
    }

    Page postRaw(String path, Map<String, List<String>> fields) {
        return page(send(request(path)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))));
    }

    static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>())
                    .add(namesAndValues[i + 1]);
        }
        return fields;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (session != null) {
            builder.header("Cookie", "adviestracker_session=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Page page(HttpResponse<String> response) {
        return new Page(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private static String encode(Map<String, List<String>> fields) {
        return fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream()
                        .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
