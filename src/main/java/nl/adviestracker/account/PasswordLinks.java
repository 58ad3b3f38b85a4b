package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting a password from a one-time link (an invitation or "wachtwoord vergeten"), and sending the
 * link of "wachtwoord vergeten". Nobody is signed in yet, so the organisation comes from the link or the
 * account ({@code security definer} functions of changeset 130); the rest runs in that organisation's
 * setting, under row-level security as always.
 */
@Singleton
public class PasswordLinks {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordLinks.class);

    private final PasswordTokens tokens;
    private final PasswordChange change;
    private final ExecutorService background;

    PasswordLinks(PasswordTokens tokens, PasswordChange change, @Named(TaskExecutors.IO) ExecutorService background) {
        this.tokens = tokens;
        this.change = change;
        this.background = background;
    }

    /** Whom a usable link is for (shown on the page to set the password); throws {@link LinkUnusable} otherwise. */
    public PasswordChange.LinkFor check(@Nullable String secret) {
        long organisation = organisationOf(secret);
        return OrganisationContext.within(organisation, () -> change.check(secret));
    }

    /**
     * Sets the password of the link's account, uses up the link and ends every session of that account.
     * Throws {@link LinkUnusable} for a link that cannot be used, and a problem on {@code password} or
     * {@code confirmation} for a password that may not be chosen (the link stays usable then).
     */
    public User use(@Nullable String secret, String password, String confirmation) {
        long organisation = organisationOf(secret);
        return OrganisationContext.within(organisation, () -> change.use(secret, password, confirmation));
    }

    /**
     * "Wachtwoord vergeten": each active account with this address gets a link by mail, at most a few an
     * hour. The caller learns nothing: the same answer, in about the same time, whether the address
     * belongs to an account or not, since the mails go out in the background.
     */
    public void forgot(@Nullable String email) {
        if (email == null || email.isBlank() || email.length() > 200) {
            return;
        }
        List<PasswordChange.ResetMail> mails = new ArrayList<>();
        for (long[] account : tokens.accountsFor(email.strip().toLowerCase(Locale.ROOT))) {
            OrganisationContext.within(
                    account[1], () -> change.resetLink(account[0]).ifPresent(mails::add));
        }
        for (PasswordChange.ResetMail mail : mails) {
            background.execute(() -> {
                try {
                    mail.send();
                } catch (RuntimeException e) {
                    LOG.warn("The password reset mail for user {} was not sent: {}", mail.userId(), e.getMessage());
                }
            });
        }
    }

    private long organisationOf(@Nullable String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw LinkUnusable.unknown();
        }
        return tokens.organisationOf(secret).orElseThrow(LinkUnusable::unknown);
    }
}
