package nl.adviestracker.support;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * The address of the embedded server the tests started last: {@link Accounts#logIn} needs it to enrol an account
 * through the browser's pages (its JSON client follows redirects and so loses the half-done login's cookie).
 */
@Singleton
class ServerAddress implements ApplicationEventListener<ServerStartupEvent> {

    private static volatile String current;

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        current = event.getSource().getURL().toString().replaceAll("/$", "");
    }

    static String current() {
        if (current == null) {
            throw new IllegalStateException("no embedded server started");
        }
        return current;
    }
}
