package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/**
 * An admin invites someone by e-mail: the account is created without a password and its owner sets one
 * from the one-time link in the mail ({@link PasswordLinks}). The admin never sees or sets a password.
 */
@Singleton
public class Invitations {

    private final Users users;
    private final PasswordTokens tokens;
    private final AccountMails mails;
    private final AccountSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(
            Users users,
            PasswordTokens tokens,
            AccountMails mails,
            AccountSettings settings,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What came of an invitation.
     *
     * @param link the one-time link, only when no mail server is configured: the admin passes it on another way
     */
    public record Invited(
            User user, boolean mailed, @Nullable String link) {}

    /** Creates the account and sends the invitation; when the mail server refuses it, nothing is stored. */
    @Transactional
    public Invited invite(UserInput input) {
        return send(users.createInvited(input));
    }

    /** A new invitation for someone who has not yet set a password; the earlier link stops working. */
    @Transactional
    public Invited resend(long userId) {
        User user = users.get(userId);
        if (user.hasPassword()) {
            throw ProblemException.conflict(
                    user.name() + " heeft al een wachtwoord; met \"Wachtwoord vergeten\" kiest die zelf een nieuw.");
        }
        if (!user.active()) {
            throw ProblemException.conflict("Het account van " + user.name() + " is uitgeschakeld.");
        }
        return send(user);
    }

    private Invited send(User user) {
        Instant expires = clock.instant().plus(settings.invitationLifetime());
        String link =
                mails.link(tokens.issue(user.id(), PasswordTokens.Purpose.INVITATION, settings.invitationLifetime()));
        audit.record(
                "INVITED",
                "user",
                user.id(),
                null,
                null,
                Map.of("email", user.email(), "expiresAt", expires.toString()));
        if (!mails.enabled()) {
            return new Invited(user, false, link);
        }
        mails.invitation(user, link, expires);
        return new Invited(user, true, null);
    }
}
