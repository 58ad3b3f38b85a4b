package nl.adviestracker.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Checks a username and password, within the limits of {@link LoginThrottle}, and starts a session. */
@Singleton
public class Login {

    public static final String REFUSED = "Onbekende gebruikersnaam of onjuist wachtwoord.";

    private final UserRepository users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    Login(UserRepository users, Passwords passwords, Sessions sessions, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** What came of an attempt: a session, a refusal, or a block with the time left. */
    public sealed interface Outcome {
        record LoggedIn(User user, Sessions.Started session) implements Outcome {}

        record Refused() implements Outcome {}

        record Blocked(Duration retryAfter) implements Outcome {
            /** For the {@code Retry-After} header: whole seconds, rounded up, at least one. */
            public long retryAfterSeconds() {
                long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
                return Math.max(1, seconds);
            }

            public String message() {
                long minutes = (retryAfterSeconds() + 59) / 60;
                return "Te veel mislukte pogingen. Probeer het over " + minutes
                        + (minutes == 1 ? " minuut" : " minuten") + " opnieuw.";
            }
        }
    }

    @Transactional
    public Outcome attempt(String username, String password, String client) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> blocked = throttle.blockedFor(name, client);
        if (blocked.isPresent()) {
            return new Outcome.Blocked(blocked.get());
        }
        Optional<User> user = users.findForLogin(name).filter(User::active).filter(User::hasPassword);
        String given = password == null ? "" : password;
        if (user.isEmpty()) {
            passwords.matchNothing(given);
        }
        if (user.isEmpty() || !passwords.matches(given, user.get().passwordHash())) {
            throttle.failed(name, client);
            return new Outcome.Refused();
        }
        throttle.succeeded(name);
        return new Outcome.LoggedIn(user.get(), sessions.start(user.get()));
    }
}
