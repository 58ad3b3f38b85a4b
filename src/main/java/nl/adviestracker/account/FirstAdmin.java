package nl.adviestracker.account;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin from configuration when the database has none, so someone can log in.
 * The backup tool turns it off ({@code adviestracker.accounts.first-admin=false}): a restore fills the database itself.
 *
 * <p>The check runs beside the start-up, on a thread of its own: it is the first to need the database (the
 * pool, the repositories, the transaction manager), and on the main thread that set-up came before the router's
 * (14-21% of the main thread's CPU to the first answer). The HTTP server waits for it before it opens its port
 * ({@link BeforeServing}), so the accounts exist when the first request arrives. With the demo data, which
 * creates accounts of its own at the same moment, it runs on the main thread as before, so the two do not race.
 */
@Singleton
@Requires(property = "adviestracker.accounts.first-admin", notEquals = "false")
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    // looked up when the check runs, on its own thread: building them (the repositories, JDBC) is the cost
    private final BeanProvider<UserRepository> users;
    private final BeanProvider<Superadmins> superadmins;
    private final BeanProvider<Passwords> passwords;
    private final AccountSettings settings;
    private final boolean demoData;
    private volatile CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

    FirstAdmin(
            BeanProvider<UserRepository> users,
            BeanProvider<Superadmins> superadmins,
            BeanProvider<Passwords> passwords,
            AccountSettings settings,
            @Value("${adviestracker.demo-data:true}") boolean demoData) {
        this.users = users;
        this.superadmins = superadmins;
        this.passwords = passwords;
        this.settings = settings;
        this.demoData = demoData;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (demoData) {
            createAccounts();
            return;
        }
        done = new CompletableFuture<>();
        Thread.ofPlatform().name("first-admin").daemon().start(() -> {
            try {
                createAccounts();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
    }

    /** Waits for the check; its failure fails the start, as it did on the main thread. */
    void awaitAccounts() {
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void createAccounts() {
        if (settings.superadminPassword() != null
                && !settings.superadminPassword().isBlank()
                && !superadmins.get().exist()
                && superadmins
                        .get()
                        .create(
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
        if (users.get().existsByRole(Role.ADMIN)) {
            return;
        }
        if (settings.adminPassword() == null || settings.adminPassword().isBlank()) {
            LOG.warn(
                    "No admin account exists. Set ADVIESTRACKER_ADMIN_PASSWORD (and ADVIESTRACKER_ADMIN_USERNAME) to create one.");
            return;
        }
        users.get()
                .save(new User(
                        null,
                        settings.adminUsername(),
                        "Beheerder",
                        settings.adminEmail(),
                        Role.ADMIN,
                        null,
                        null,
                        passwords.get().hash(settings.adminPassword()),
                        true,
                        null,
                        null,
                        null));
        LOG.info("Created the first admin account '{}'", settings.adminUsername());
    }

    /**
     * When the HTTP server has been built, after the router and before it opens its port: the first-admin check
     * has finished, so no request finds the accounts missing.
     */
    @Singleton
    @Requires(property = "adviestracker.accounts.first-admin", notEquals = "false")
    static class BeforeServing implements BeanCreatedEventListener<EmbeddedServer> {

        private final FirstAdmin firstAdmin;

        BeforeServing(FirstAdmin firstAdmin) {
            this.firstAdmin = firstAdmin;
        }

        @Override
        public EmbeddedServer onCreated(BeanCreatedEvent<EmbeddedServer> event) {
            firstAdmin.awaitAccounts();
            return event.getBean();
        }
    }
}
