package nl.adviestracker.account;

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

/** Recognises a logged-in browser (or API client) by its session cookie. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final Sessions sessions;
    private final Scheduler blocking;

    SessionAuthenticationFetcher(Sessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return SessionCookie.token(request)
                .map(token -> Mono.fromCallable(() -> sessions.find(token))
                        .subscribeOn(blocking)
                        .flatMap(Mono::justOrEmpty)
                        .map(SignedInUser::toAuthentication))
                .orElse(Mono.empty());
    }
}
