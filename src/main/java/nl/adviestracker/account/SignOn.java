package nl.adviestracker.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Optional;

/**
 * A staff member signed in through their organisation's OpenID provider: their account here, made on the first
 * sign-in (just in time, without a password) and given the role the provider's groups give at every sign-in.
 * Runs in the provider's organisation (the caller sets it); the account is found by the provider's issuer and
 * subject, never by a name that someone could take over.
 */
@Singleton
class SignOn {

    static final String PROVIDER = "signOnProvider";
    static final String ISSUER = "signOnIssuer";
    static final String ID_TOKEN = "signOnIdToken";

    static final String SWITCHED_OFF =
            "Uw account in Adviestracker is uitgeschakeld. Vraag uw beheerder om het weer" + " in te schakelen.";

    /** A sign-in that the provider allowed and this service refuses, with the reason in Dutch. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final Users users;
    private final UserRepository repository;
    private final JdbcOperations jdbc;

    SignOn(Users users, UserRepository repository, JdbcOperations jdbc) {
        this.users = users;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Transactional
    User signedOn(Authentication authentication) {
        String subject = authentication.getAttributes().get(ISSUER) + "|" + authentication.getName();
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        Optional<Long> known = userWithSubject(subject);
        if (known.isEmpty()) {
            User created = users.createInvited(new UserInput(
                    freeUsername(authentication),
                    name(authentication),
                    email(authentication),
                    role,
                    null,
                    null,
                    true,
                    null));
            jdbc.prepareStatement("update app_user set sign_on_subject = ? where id = ?", statement -> {
                statement.setString(1, subject);
                statement.setLong(2, created.id());
                return statement.executeUpdate();
            });
            return created;
        }
        User user = users.get(known.get());
        if (!user.active()) {
            throw new Refused(SWITCHED_OFF);
        }
        if (user.role() != role) {
            // the provider's groups decide the role: a change there is a change here, in the audit log
            user = users.update(
                    user.id(),
                    new UserInput(user.username(), user.name(), user.email(), role, null, null, true, user.version()));
        }
        return user;
    }

    private Optional<Long> userWithSubject(String subject) {
        return jdbc.prepareStatement("select id from app_user where sign_on_subject = ?", statement -> {
            statement.setString(1, subject);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
        });
    }

    /** The provider's username or address as a username here ("j.jansen@groningen.nl" gives "j.jansen"). */
    private String freeUsername(Authentication authentication) {
        String wanted = attribute(authentication, OpenIdClaims.CLAIMS_PREFERRED_USERNAME);
        if (wanted.isEmpty()) {
            wanted = attribute(authentication, OpenIdClaims.CLAIMS_EMAIL);
        }
        if (wanted.isEmpty()) {
            wanted = authentication.getName();
        }
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("@.*$", "").replaceAll("[^a-z0-9._-]", "-");
        base = base.isEmpty() ? "medewerker" : base.substring(0, Math.min(base.length(), 90));
        String username = base;
        for (int n = 2; repository.usernameInUse(username); n++) {
            username = base + "-" + n;
        }
        return username;
    }

    private static String name(Authentication authentication) {
        String name = attribute(authentication, OpenIdClaims.CLAIMS_NAME);
        return name.isEmpty() ? authentication.getName() : name;
    }

    private static String email(Authentication authentication) {
        String email = attribute(authentication, OpenIdClaims.CLAIMS_EMAIL);
        if (email.contains("@")) {
            return email;
        }
        String username = attribute(authentication, OpenIdClaims.CLAIMS_PREFERRED_USERNAME);
        // an address is required here; a provider that sends none gets one that reaches nobody
        return username.contains("@") ? username : "geen-adres@organisatie.invalid";
    }

    private static String attribute(Authentication authentication, String name) {
        Object value = authentication.getAttributes().get(name);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
