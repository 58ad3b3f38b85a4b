package nl.adviestracker.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin from configuration when the database has none, so someone can log in.
 * The backup tool turns it off ({@code adviestracker.accounts.first-admin=false}): a restore fills the database itself.
 */
@Singleton
@Requires(property = "adviestracker.accounts.first-admin", notEquals = "false")
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final Superadmins superadmins;
    private final Passwords passwords;
    private final AccountSettings settings;

    FirstAdmin(UserRepository users, Superadmins superadmins, Passwords passwords, AccountSettings settings) {
        this.users = users;
        this.superadmins = superadmins;
        this.passwords = passwords;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (settings.superadminPassword() != null
                && !settings.superadminPassword().isBlank()
                && !superadmins.exist()
                && superadmins.create(
                        settings.superadminUsername(),
                        "Landelijk beheerder",
                        settings.adminEmail(),
                        settings.superadminPassword())) {
            LOG.info("Created the super-admin account '{}'", settings.superadminUsername());
        }
        // the first admin is the default organisation's, as before there were organisations
        OrganisationContext.within(OrganisationContext.DEFAULT_ORGANISATION, this::createAdmin);
    }

    private void createAdmin() {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        if (settings.adminPassword() == null || settings.adminPassword().isBlank()) {
            LOG.warn(
                    "No admin account exists. Set ADVIESTRACKER_ADMIN_PASSWORD (and ADVIESTRACKER_ADMIN_USERNAME) to create one.");
            return;
        }
        users.save(new User(
                null,
                settings.adminUsername(),
                "Beheerder",
                settings.adminEmail(),
                Role.ADMIN,
                null,
                null,
                passwords.hash(settings.adminPassword()),
                true,
                null,
                null,
                null));
        LOG.info("Created the first admin account '{}'", settings.adminUsername());
    }
}
