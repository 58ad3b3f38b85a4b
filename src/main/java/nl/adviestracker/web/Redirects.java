package nl.adviestracker.web;

import io.micronaut.http.HttpResponse;
import java.net.URI;

/** After a form post, the screen the browser loads next (post/redirect/get). */
public final class Redirects {

    private Redirects() {}

    public static HttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }
}
