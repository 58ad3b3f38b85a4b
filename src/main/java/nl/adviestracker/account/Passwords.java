package nl.adviestracker.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;

/** Slow, salted password hashes (bcrypt, cost 12 unless configured lower for tests). */
@Singleton
public class Passwords {

    private final int cost;
    private volatile String dummyHash;

    Passwords(AccountSettings settings) {
        this.cost = settings.bcryptCost();
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of a real check, so an unknown username cannot be told from a wrong password by timing. */
    public void matchNothing(String password) {
        matches(password, dummyHash());
    }

    /**
     * The hash that {@link #matchNothing} checks against. Making it costs a quarter of a second of CPU
     * (bcrypt, cost 12): made after start-up in the background, not on the way to the first request.
     */
    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        dummyHash();
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hash("no user has this password");
            dummyHash = hash;
        }
        return hash;
    }
}
