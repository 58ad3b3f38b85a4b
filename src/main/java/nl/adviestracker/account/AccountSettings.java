package nl.adviestracker.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * @param adminUsername with {@code adminPassword}: the first admin, created when no admin exists
 * @param superadminUsername with {@code superadminPassword}: the deployment's super-admin, created when none exists
 * @param sessionLifetime how long a login lasts
 * @param maxFailures failed logins per username within {@code failureWindow} before login is refused for a while
 * @param invitationLifetime how long the link in an invitation mail works
 * @param resetLifetime how long the link of "wachtwoord vergeten" works
 * @param maxResetMails reset mails one account gets per hour at most; more requests send nothing
 */
@ConfigurationProperties("adviestracker.accounts")
public record AccountSettings(
        @Bindable(defaultValue = "admin") String adminUsername,
        @Nullable String adminPassword,
        @Bindable(defaultValue = "admin@localhost") String adminEmail,
        @Bindable(defaultValue = "superadmin") String superadminUsername,
        @Nullable String superadminPassword,
        @Bindable(defaultValue = "12") int bcryptCost,
        @Bindable(defaultValue = "10h") Duration sessionLifetime,
        @Bindable(defaultValue = "5") int maxFailures,
        @Bindable(defaultValue = "50") int maxFailuresPerClient,
        @Bindable(defaultValue = "15m") Duration failureWindow,
        @Bindable(defaultValue = "7d") Duration invitationLifetime,
        @Bindable(defaultValue = "1h") Duration resetLifetime,
        @Bindable(defaultValue = "3") int maxResetMails) {}
