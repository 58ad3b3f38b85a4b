package nl.adviestracker.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** Slow, salted password hashes (bcrypt, cost 12 unless configured lower for tests). */
@Singleton
public class Passwords {

    /** bcrypt reads at most this many bytes of a password (UTF-8); a longer one cannot be stored or checked. */
    public static final int MAX_BYTES = 72;

    /** Whether bcrypt can take this password whole. */
    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /**
     * bcrypt of a password nobody has, at the default cost 12, made once and written here: making it costs a
     * quarter of a second of CPU, which a start-up on two cores should not spend.
     */
    static final String DUMMY_HASH_AT_COST_12 = "$2a$12$PgpuYU98F1OE.9M.4mEq9.gTNxRSolLS.TcifpsrJLLDAGEnwR68S";

    private final int cost;
    private volatile String dummyHash;

    Passwords(AccountSettings settings) {
        this.cost = settings.bcryptCost();
        this.dummyHash = cost == 12 ? DUMMY_HASH_AT_COST_12 : null;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** A password bcrypt cannot take is no user's password: checked against the dummy hash, so it costs the same. */
    public boolean matches(String password, String hash) {
        if (!fits(password)) {
            BCrypt.verifyer().verify("too long".toCharArray(), dummyHash());
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of a real check, so an unknown username cannot be told from a wrong password by timing. */
    public void matchNothing(String password) {
        matches(password, dummyHash());
    }

    /**
     * The hash that {@link #matchNothing} checks against, at the configured cost. At any cost but the default it
     * is made after start-up in the background, not on the way to the first request.
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
