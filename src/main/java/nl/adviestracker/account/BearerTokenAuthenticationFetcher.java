package nl.adviestracker.account;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Recognises a script by its personal API token ({@code Authorization: Bearer at_...}). */
@Singleton
class BearerTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final Scheduler blocking;

    BearerTokenAuthenticationFetcher(ApiTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.tokens = tokens;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Mono.empty();
        }
        String secret = header.substring(PREFIX.length()).strip();
        return Mono.fromCallable(() -> tokens.authenticate(secret))
                .subscribeOn(blocking)
                .flatMap(Mono::justOrEmpty)
                .map(SignedInUser::toAuthentication);
    }
}
