package nl.adviestracker.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/**
 * The transactions behind {@link PasswordLinks}, each in the organisation of the link or account at hand:
 * the one place a password is set after an account is created.
 */
@Singleton
class PasswordChange {

    private final PasswordTokens tokens;
    private final UserRepository users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final AccountMails mails;
    private final AccountSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChange(
            PasswordTokens tokens,
            UserRepository users,
            Passwords passwords,
            Sessions sessions,
            AccountMails mails,
            AccountSettings settings,
            AuditLog audit,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.mails = mails;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whom a link is for, and whether it sets a first password (invitation) or a new one. */
    public record LinkFor(String username, String name, boolean invitation) {}

    /** A reset mail to send once the transaction that issued its link has committed. */
    record ResetMail(long userId, Runnable sender) {
        void send() {
            sender.run();
        }
    }

    @Transactional(readOnly = true)
    LinkFor check(String secret) {
        PasswordTokens.Token token = tokens.find(secret).orElseThrow(LinkUnusable::unknown);
        User user = usableFor(token);
        return new LinkFor(user.username(), user.name(), token.purpose() == PasswordTokens.Purpose.INVITATION);
    }

    @Transactional
    User use(String secret, String password, String confirmation) {
        PasswordTokens.Token token = tokens.lock(secret).orElseThrow(LinkUnusable::unknown);
        User user = usableFor(token);
        String given = password == null ? "" : password;
        Optional<String> refused = PasswordPolicy.problem(given, user.username());
        if (refused.isPresent()) {
            throw ProblemException.invalid("password", refused.get());
        }
        if (!given.equals(confirmation)) {
            throw ProblemException.invalid("confirmation", "is niet gelijk aan het nieuwe wachtwoord");
        }
        users.updatePasswordHash(user.id(), passwords.hash(given));
        tokens.markUsed(token.id());
        tokens.expireAllOf(user.id());
        sessions.endAllOf(user.id());
        audit.record(
                "PASSWORD_SET",
                "user",
                user.id(),
                null,
                null,
                Map.of("by", user.username(), "via", token.purpose().name()));
        return user;
    }

    /** A reset link for this account, unless it is inactive or had its share of reset mails this hour. */
    @Transactional
    Optional<ResetMail> resetLink(long userId) {
        Optional<User> found = users.findById(userId).filter(User::active);
        if (found.isEmpty() || !mails.enabled()) {
            return Optional.empty();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (tokens.issuedSince(userId, PasswordTokens.Purpose.RESET, now.minus(java.time.Duration.ofHours(1)))
                >= settings.maxResetMails()) {
            return Optional.empty();
        }
        String link = mails.link(tokens.issue(userId, PasswordTokens.Purpose.RESET, settings.resetLifetime()));
        Instant expires = now.plus(settings.resetLifetime());
        return Optional.of(new ResetMail(userId, () -> mails.reset(user, link, expires)));
    }

    private User usableFor(PasswordTokens.Token token) {
        if (token.usedAt() != null) {
            throw LinkUnusable.used();
        }
        if (!token.expiresAt().isAfter(clock.instant())) {
            throw LinkUnusable.expired();
        }
        return users.findById(token.userId()).filter(User::active).orElseThrow(LinkUnusable::expired);
    }
}
