package nl.adviestracker.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The deployment's super-admins. They belong to no organisation, so no organisation's connection can see
 * or make them: a function of the owner's creates them (changeset 101).
 */
@Singleton
public class Superadmins {

    private final JdbcOperations jdbc;
    private final Passwords passwords;

    Superadmins(JdbcOperations jdbc, Passwords passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Transactional(readOnly = true)
    public boolean exist() {
        return jdbc.prepareStatement("select superadmin_exists()", statement -> {
            var rows = statement.executeQuery();
            rows.next();
            return rows.getBoolean(1);
        });
    }

    /** Creates this super-admin unless the username is taken; true when it was created. */
    @Transactional
    public boolean create(String username, String name, String email, String password) {
        String hash = passwords.hash(password);
        return jdbc.prepareStatement("select create_superadmin(?, ?, ?, ?)", statement -> {
            statement.setString(1, username);
            statement.setString(2, name);
            statement.setString(3, email);
            statement.setString(4, hash);
            var rows = statement.executeQuery();
            rows.next();
            rows.getLong(1);
            return !rows.wasNull();
        });
    }
}
