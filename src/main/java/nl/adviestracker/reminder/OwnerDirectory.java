package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where reminders for an owner go. Owners are free text ("Afdeling DMO Beleid", "Bram Jansen"), so an
 * owner is looked up in this order, without regard to case:
 * <ol>
 * <li>the owner-address table ({@code /api/owner-addresses}), for departments and shared mailboxes;
 * <li>the owner itself, when it is an e-mail address;
 * <li>the one active user whose name, username or e-mail address it is.
 * </ol>
 * An owner found nowhere (or matching several users) gets no mail; the weekly digest lists it.
 */
@Singleton
public class OwnerDirectory {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcOperations jdbc;

    OwnerDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<String> resolve(@Nullable String owner) {
        if (owner == null || owner.isBlank()) {
            return Optional.empty();
        }
        String wanted = owner.strip();
        List<String> mapped = emails("select email from owner_address where lower(owner) = lower(?)", wanted, 1);
        if (!mapped.isEmpty()) {
            return Optional.of(mapped.get(0));
        }
        if (EMAIL.matcher(wanted).matches()) {
            return Optional.of(wanted);
        }
        List<String> users = emails("""
                select email from app_user where active
                and (lower(name) = lower(?) or lower(username) = lower(?) or lower(email) = lower(?))""", wanted, 3);
        return users.size() == 1 ? Optional.of(users.get(0)) : Optional.empty();
    }

    private List<String> emails(String sql, String value, int parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, value);
            }
            ResultSet rows = statement.executeQuery();
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        });
    }
}
