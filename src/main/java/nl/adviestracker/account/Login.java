package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * Checks a username and password, then the second factor where the account has or needs one, within the
 * limits of {@link LoginThrottle} (which counts wrong codes as it counts wrong passwords), and starts a
 * session. Each step is its own transaction: the second factor's rows are read in the account's organisation.
 */
@Singleton
public class Login {

    public static final String REFUSED = "Onbekende gebruikersnaam of onjuist wachtwoord.";
    public static final String WRONG_CODE = "Deze code klopt niet, of is al gebruikt. Wacht op de volgende code.";

    private final UserRepository users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final LoginChallenges challenges;

    Login(
            UserRepository users,
            Passwords passwords,
            Sessions sessions,
            LoginThrottle throttle,
            TwoFactor twoFactor,
            LoginChallenges challenges) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.challenges = challenges;
    }

    /** What came of an attempt: a session, a second factor to give, a refusal, or a block with the time left. */
    public sealed interface Outcome {
        record LoggedIn(User user, Sessions.Started session) implements Outcome {}

        /** The password was right; now a code (or, with {@code enrol}, setting up the app first). */
        record SecondFactor(String challenge, boolean enrol) implements Outcome {}

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

    public Outcome attempt(String username, String password, String client) {
        return attempt(username, password, client, "/");
    }

    public Outcome attempt(String username, String password, String client, String next) {
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
        User account = user.get();
        boolean enrolled = in(account.organisationId(), () -> twoFactor.enrolled(account.id()));
        if (enrolled || twoFactor.requiredFor(account)) {
            // the failures stay counted until the second factor is right too
            LoginChallenges.Purpose purpose = enrolled ? LoginChallenges.Purpose.CODE : LoginChallenges.Purpose.ENROL;
            return new Outcome.SecondFactor(challenges.start(account.id(), purpose, next), !enrolled);
        }
        throttle.succeeded(name);
        return new Outcome.LoggedIn(account, sessions.start(account));
    }

    /** The second step: a code from the app or a recovery code, for the login this challenge holds. */
    public Outcome code(@Nullable String challenge, @Nullable String code, String client) {
        Optional<LoginChallenges.Challenge> found =
                challenges.find(challenge).filter(c -> c.purpose() == LoginChallenges.Purpose.CODE);
        if (found.isEmpty()) {
            return new Outcome.Refused();
        }
        LoginChallenges.Challenge pending = found.get();
        User user = account(pending);
        Optional<Duration> blocked = throttle.blockedFor(user.username(), client);
        if (blocked.isPresent()) {
            return new Outcome.Blocked(blocked.get());
        }
        if (!in(pending.organisationId(), () -> twoFactor.verify(user.id(), code == null ? "" : code))) {
            throttle.failed(user.username(), client);
            return new Outcome.Refused();
        }
        throttle.succeeded(user.username());
        challenges.end(challenge);
        return new Outcome.LoggedIn(user, sessions.start(user));
    }

    /** The login a challenge holds, if it is still open: for the pages of the second step. */
    Optional<LoginChallenges.Challenge> pending(@Nullable String challenge) {
        return challenges.find(challenge);
    }

    /** Enrolment done during login: the challenge is over and the session starts. */
    Outcome enrolled(String challenge, LoginChallenges.Challenge pending) {
        User user = account(pending);
        throttle.succeeded(user.username());
        challenges.end(challenge);
        return new Outcome.LoggedIn(user, sessions.start(user));
    }

    /** A wrong code while enrolling counts as a failed login. */
    @Nullable
    Duration enrolmentFailed(LoginChallenges.Challenge pending, String client) {
        User user = account(pending);
        throttle.failed(user.username(), client);
        return throttle.blockedFor(user.username(), client).orElse(null);
    }

    /** The account of a pending login, found as at the password step (also a super-admin's). */
    private User account(LoginChallenges.Challenge pending) {
        return users.findForLogin(pending.username())
                .filter(user -> user.id() == pending.userId())
                .orElseThrow();
    }

    /** Runs in the account's organisation; the deployment's super-admin has none. */
    static <T> T in(@Nullable Long organisationId, Supplier<T> work) {
        return organisationId == null ? work.get() : OrganisationContext.within(organisationId, work);
    }
}
