package nl.adviestracker.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * When Micronaut refuses the provider's answer at the callback (an ID token with a bad signature, another
 * issuer or audience, expired, or the wrong nonce), its controller answers a bare 401 that the browser shows as
 * an error. This sends the browser back to the login page instead, with the Dutch reason
 * ({@link SignOnLoginHandler#FAILED}); no session is made.
 */
@Filter("/oauth/callback/**")
class SignOnCallbackRefusal implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Flux.from(chain.proceed(request))
                .map(response -> response.status() == HttpStatus.UNAUTHORIZED
                        ? SignOnLoginHandler.toLogin(SignOnLoginHandler.FAILED)
                        : response);
    }
}
