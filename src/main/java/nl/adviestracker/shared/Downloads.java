package nl.adviestracker.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Files for the browser to save: a safe file name in both forms of Content-Disposition. */
public final class Downloads {

    private Downloads() {}

    public static <T> MutableHttpResponse<T> attachment(T body, String contentType, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(body)
                .contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store");
    }
}
