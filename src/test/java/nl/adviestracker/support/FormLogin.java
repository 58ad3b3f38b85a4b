package nl.adviestracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Signs in through the login form as a browser without JavaScript would, second step included: the code from
 * the user's {@link Authenticator}, or setting the app up first on the enrolment page when the account must
 * have one and has none yet. Answers the session cookie's value.
 */
public final class FormLogin {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private FormLogin() {}

    public static String session(String baseUrl, String username, String password) {
        String base = baseUrl.replaceAll("/$", "");
        String csrf = Jsoup.parse(send(HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build())
                        .body())
                .selectFirst("input[name=_csrf]")
                .attr("value");
        String csrfCookie = "adviestracker_csrf=" + csrf;
        HttpResponse<String> answer = post(
                base + "/login",
                csrfCookie,
                Map.of("username", username, "password", password, "_csrf", csrf, "next", "/"));
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("login of " + username + " refused: " + answer.statusCode());
        }
        Optional<String> session = cookie(answer, "adviestracker_session");
        if (session.isPresent()) {
            return session.get();
        }
        String location = answer.headers().firstValue("Location").orElse("");
        String cookies = csrfCookie + "; adviestracker_login="
                + cookie(answer, "adviestracker_login")
                        .orElseThrow(() -> new IllegalStateException(
                                "neither a session nor a second step for " + username + ": " + location));
        if (location.endsWith("/login/enrol")) {
            Document page = Jsoup.parse(send(HttpRequest.newBuilder(URI.create(base + "/login/enrol"))
                            .header("Cookie", cookies)
                            .GET()
                            .build())
                    .body());
            String code =
                    Authenticator.enrol(username, page.selectFirst("#sleutel").text());
            answer = post(base + "/login/enrol", cookies, Map.of("code", code, "_csrf", csrf));
            Authenticator.recoveryCodes(
                    username,
                    Jsoup.parse(answer.body()).select("#herstelcodes li").stream()
                            .map(Element::text)
                            .toList());
        } else if (location.endsWith("/login/code")) {
            answer = post(base + "/login/code", cookies, Map.of("code", Authenticator.code(username), "_csrf", csrf));
        } else {
            throw new IllegalStateException("unexpected step after the password: " + location);
        }
        String after = answer.headers().firstValue("Location").orElse("");
        return cookie(answer, "adviestracker_session")
                .orElseThrow(
                        () -> new IllegalStateException("second step of " + username + " refused: " + answerOf(after)));
    }

    private static String answerOf(String location) {
        return location.isEmpty() ? "no redirect" : location;
    }

    private static HttpResponse<String> post(String url, String cookies, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static Optional<String> cookie(HttpResponse<String> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
