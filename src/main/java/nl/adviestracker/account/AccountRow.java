package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The account that a session, an API token or a calendar token signs in, as the sign-in functions of
 * changeset 101 answer it: {@code user_id, username, name, role, body_id, organisation_id}, then what the
 * caller asked for besides.
 */
final class AccountRow {

    private AccountRow() {}

    static SignedInUser signedIn(ResultSet rows, @Nullable String csrfToken) throws SQLException {
        return new SignedInUser(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                Role.valueOf(rows.getString(4)),
                nullableLong(rows, 6),
                nullableLong(rows, 5),
                csrfToken);
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
