package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/** Managing accounts (admins only). */
@Singleton
public class Users {

    private final UserRepository users;
    private final KnownBodies bodies;
    private final Passwords passwords;
    private final Sessions sessions;
    private final ApiTokens apiTokens;
    private final CalendarTokens calendarTokens;
    private final AuditLog audit;

    Users(
            UserRepository users,
            KnownBodies bodies,
            Passwords passwords,
            Sessions sessions,
            ApiTokens apiTokens,
            CalendarTokens calendarTokens,
            AuditLog audit) {
        this.users = users;
        this.bodies = bodies;
        this.passwords = passwords;
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.calendarTokens = calendarTokens;
        this.audit = audit;
    }

    public List<User> list() {
        return users.listOrderByUsername();
    }

    public User get(long id) {
        return users.findById(id).orElseThrow(() -> ProblemException.notFound("Gebruiker " + id));
    }

    @Transactional
    public User create(UserInput input) {
        if (input.password() == null) {
            throw ProblemException.invalid("password", "is verplicht voor een nieuwe gebruiker");
        }
        checkPassword(input);
        return insert(input, passwords.hash(input.password()));
    }

    /**
     * An account without a password, for someone invited by e-mail: they set their own password from the
     * link in the invitation (see {@link Invitations}); until then nobody can log in with it.
     */
    @Transactional
    public User createInvited(UserInput input) {
        if (input.password() != null) {
            throw ProblemException.invalid("password", "een uitgenodigde gebruiker kiest zelf een wachtwoord");
        }
        return insert(input, null);
    }

    private User insert(UserInput input, String passwordHash) {
        checkBody(input, null);
        if (users.usernameInUse(input.username())) {
            throw ProblemException.invalid("username", "is al in gebruik");
        }
        User saved = users.save(new User(
                null,
                input.username(),
                input.name().strip(),
                input.email().strip(),
                input.role(),
                null,
                input.bodyId(),
                passwordHash,
                input.active() == null || input.active(),
                null,
                null,
                null));
        User user = get(saved.id()); // with the organisation the database gave it
        audit.created("user", user.id(), null, user);
        return user;
    }

    /**
     * A change made by an admin on screen or through the API: as {@link #update(long, UserInput)}, but an
     * admin cannot deactivate their own account or give up their own admin role (no organisation is left
     * without the one who could undo it).
     */
    @Transactional
    public User update(long id, UserInput input, SignedInUser by) {
        if (by.userId() == id) {
            if (input.active() != null && !input.active()) {
                throw ProblemException.invalid("active", "u kunt uw eigen account niet uitschakelen");
            }
            if (input.role() != null && input.role() != by.role()) {
                throw ProblemException.invalid("role", "u kunt uw eigen rol niet wijzigen");
            }
        }
        return update(id, input);
    }

    @Transactional
    public User update(long id, UserInput input) {
        User current = get(id);
        Versions.requireCurrent(input.version(), current.version(), "Deze gebruiker", current);
        checkPassword(input);
        checkBody(input, current.bodyId());
        if (!input.username().equals(current.username()) && users.usernameInUse(input.username())) {
            throw ProblemException.invalid("username", "is al in gebruik");
        }
        boolean active = input.active() == null ? current.active() : input.active();
        String hash = input.password() == null ? current.passwordHash() : passwords.hash(input.password());
        User changed = users.update(new User(
                id,
                input.username(),
                input.name().strip(),
                input.email().strip(),
                input.role(),
                current.organisationId(),
                input.bodyId(),
                hash,
                active,
                current.version(),
                current.createdAt(),
                null));
        if (!active || input.password() != null || current.role() != input.role()) {
            sessions.endAllOf(id);
        }
        if (current.active() && !active) {
            // for good: reactivating the account later must not bring old tokens back
            apiTokens.revokeAllOf(id);
            calendarTokens.revoke(id);
        }
        audit.updated("user", id, null, current, changed);
        return changed;
    }

    /**
     * Erasure (AVG art. 17): the account keeps its id (records refer to it) but nothing that names the
     * person: username and e-mail become placeholders, the name the role it acted in, the password a random
     * one nobody knows; it is deactivated and its sessions and tokens end. The caller replaces the name in
     * the records. Recorded without before or after, so the audit log does not keep what was erased.
     */
    @Transactional
    public User anonymise(long id, String roleName) {
        User current = get(id);
        if (current.role() == Role.ADMIN
                && current.active()
                && users.listOrderByUsername().stream()
                                .filter(u -> u.role() == Role.ADMIN && u.active())
                                .count()
                        == 1) {
            throw ProblemException.conflict("Dit is de enige actieve beheerder: maak eerst een andere beheerder aan.");
        }
        User changed = users.update(new User(
                id,
                "verwijderd-" + id,
                roleName,
                "verwijderd-" + id + "@example.invalid",
                current.role(),
                current.organisationId(),
                current.bodyId(),
                passwords.hash(java.util.UUID.randomUUID().toString()),
                false,
                current.version(),
                current.createdAt(),
                null));
        sessions.endAllOf(id);
        apiTokens.deleteAllOf(id);
        calendarTokens.revoke(id);
        audit.record("ANONYMISED", "user", id, null, null, null);
        return changed;
    }

    private static void checkPassword(UserInput input) {
        if (input.password() != null && !Passwords.fits(input.password())) {
            throw ProblemException.invalid(
                    "password",
                    "mag hoogstens " + Passwords.MAX_BYTES
                            + " bytes lang zijn (letters met accenten en andere bijzondere tekens tellen voor twee of meer)");
        }
    }

    /** A member belongs to one body of the organisation; a dissolved one takes no new members. */
    private void checkBody(UserInput input, @Nullable Long currentBodyId) {
        if (input.role() == Role.SUPERADMIN) {
            throw ProblemException.invalid("role", "een landelijk beheerder hoort bij geen organisatie");
        }
        if (input.role() == Role.ASDG) {
            if (input.bodyId() == null) {
                throw ProblemException.invalid("bodyId", "is verplicht voor een ASDG-lid");
            }
            if (!bodies.exists(input.bodyId())) {
                throw ProblemException.invalid("bodyId", "adviesorgaan " + input.bodyId() + " bestaat niet");
            }
            if (!input.bodyId().equals(currentBodyId) && bodies.dissolved(input.bodyId())) {
                throw ProblemException.invalid("bodyId", "dit adviesorgaan is opgeheven");
            }
        } else if (input.bodyId() != null) {
            throw ProblemException.invalid("bodyId", "alleen een ASDG-lid hoort bij een adviesorgaan");
        }
    }
}
