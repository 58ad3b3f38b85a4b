package nl.adviestracker.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.User;
import nl.adviestracker.account.Users;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;

/**
 * A data subject's requests about one member or staff account: everything the tool holds about them
 * (access, AVG art. 15), and erasure (art. 17) where no retention duty holds. What the records under a
 * retention duty say stays; who the person was becomes the role they acted in ("medewerker",
 * "lid van ASDG").
 */
@Singleton
public class PersonalDataRequests {

    private final Users users;
    private final AdvisoryBodyRepository bodies;
    private final JdbcOperations jdbc;
    private final Clock clock;

    PersonalDataRequests(Users users, AdvisoryBodyRepository bodies, JdbcOperations jdbc, Clock clock) {
        this.users = users;
        this.bodies = bodies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PersonalData export(long userId) {
        User user = users.get(userId);
        String body = user.bodyId() == null
                ? null
                : bodies.findById(user.bodyId()).map(AdvisoryBody::name).orElse(null);
        List<String> names = List.of(user.username(), user.name());
        List<PersonalData.Mention> mentions = new ArrayList<>();
        for (PersonalRecords.Column column : PersonalRecords.everyAuthorColumn()) {
            long count =
                    count("select count(*) from " + column.table() + " where " + column.column() + " = any(?)", names);
            if (count > 0) {
                mentions.add(new PersonalData.Mention(column.dutch(), count));
            }
        }
        for (PersonalRecords.Column column : PersonalRecords.ACCOUNT_REFERENCES) {
            long count =
                    countById("select count(*) from " + column.table() + " where " + column.column() + " = ?", userId);
            if (count > 0) {
                mentions.add(new PersonalData.Mention(column.dutch(), count));
            }
        }
        return new PersonalData(
                clock.instant(),
                new PersonalData.Account(
                        user.id(),
                        user.username(),
                        user.name(),
                        user.email(),
                        user.role().dutch(),
                        body,
                        user.active(),
                        user.createdAt(),
                        user.updatedAt()),
                list(
                        "select created_at, expires_at from user_session where user_id = ? order by created_at",
                        userId,
                        rows -> new PersonalData.Session(instant(rows, 1), instant(rows, 2))),
                list(
                        "select name, created_at, last_used_at, revoked_at from api_token where user_id = ? order by id",
                        userId,
                        rows -> new PersonalData.ApiToken(
                                rows.getString(1), instant(rows, 2), instant(rows, 3), instant(rows, 4))),
                list(
                                "select created_at, last_used_at from calendar_token where user_id = ?",
                                userId,
                                rows -> new PersonalData.CalendarToken(instant(rows, 1), instant(rows, 2)))
                        .stream()
                        .findFirst()
                        .orElse(null),
                mentions,
                jdbc.prepareStatement(
                        "select occurred_at, action, entity, entity_id from audit_event where actor = ? order by id",
                        statement -> {
                            statement.setString(1, user.username());
                            return collect(
                                    statement,
                                    rows -> new PersonalData.AuditEntry(
                                            instant(rows, 1), rows.getString(2), rows.getString(3), rows.getLong(4)));
                        }),
                jdbc.prepareStatement(
                        "select kind, period, sent_at from reminder_sent where lower(recipient) = lower(?) order by id",
                        statement -> {
                            statement.setString(1, user.email());
                            return collect(
                                    statement,
                                    rows -> new PersonalData.Mail(
                                            rows.getString(1), rows.getString(2), instant(rows, 3)));
                        }),
                jdbc.prepareStatement(
                        "select owner from owner_address where lower(email) = lower(?) order by owner", statement -> {
                            statement.setString(1, user.email());
                            return collect(statement, rows -> rows.getString(1));
                        }),
                jdbc.prepareStatement("select count(*) from login_failure where username = ?", statement -> {
                    statement.setString(1, user.username());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }

    /**
     * Erases the person from the tool: the account anonymised (see {@link Users#anonymise}), their name in
     * the records replaced by their role, likewise in the audit log, the destruction records, the letter
     * route's steps and the verdicts (tables that only grow: the database function {@code anonymise_actor}
     * rewrites them), and what is kept only because of them removed: reminders sent to them, owner
     * addresses with their e-mail address, failed logins with their username, unconfirmed intake uploads,
     * the notices to them, their notice settings and mails to them still waiting in the outbox.
     */
    @Transactional
    public User erase(long userId) {
        User user = users.get(userId);
        if (user.username().equals("verwijderd-" + userId)) {
            throw nl.adviestracker.shared.ProblemException.conflict("Deze gebruiker is al gewist.");
        }
        String role = roleName(user);
        List<String> names = List.of(user.username(), user.name());
        for (PersonalRecords.Column column : PersonalRecords.AUTHORS) {
            jdbc.prepareStatement(
                    "update " + column.table() + " set " + column.column() + " = ? where " + column.column()
                            + " = any(?)",
                    statement -> {
                        statement.setString(1, role);
                        statement.setArray(2, array(statement, names));
                        return statement.executeUpdate();
                    });
        }
        jdbc.prepareStatement("select anonymise_actor(?, ?)", statement -> {
            statement.setArray(1, array(statement, List.of(user.username(), user.name(), user.email())));
            statement.setString(2, role);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
        update("delete from reminder_sent where lower(recipient) = lower(?)", user.email());
        update("delete from mail_outbox where lower(recipient) = lower(?)", user.email());
        for (String sql : List.of(
                "delete from notice where recipient_user_id = ?", "delete from notice_setting where user_id = ?")) {
            jdbc.prepareStatement(sql, statement -> {
                statement.setLong(1, userId);
                return statement.executeUpdate();
            });
        }
        update("delete from owner_address where lower(email) = lower(?)", user.email());
        update("delete from login_failure where username = ?", user.username());
        jdbc.prepareStatement("delete from intake_upload where uploaded_by = ?", statement -> {
            statement.setLong(1, userId);
            return statement.executeUpdate();
        });
        return users.anonymise(userId, role);
    }

    /** The role a person acted in, as the records will name them after erasure. */
    String roleName(User user) {
        if (user.role() == Role.ASDG) {
            String body = user.bodyId() == null
                    ? null
                    : bodies.findById(user.bodyId())
                            .map(AdvisoryBody::shortName)
                            .orElse(null);
            return body == null ? "lid van het adviesorgaan" : "lid van " + body;
        }
        return switch (user.role()) {
            case MANAGER -> "manager";
            case ADMIN -> "beheerder";
            default -> "medewerker";
        };
    }

    private void update(String sql, String value) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, value);
            return statement.executeUpdate();
        });
    }

    private long count(String sql, List<String> names) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, array(statement, names));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private long countById(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> list(String sql, long id, Row<T> row) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            return collect(statement, row);
        });
    }

    private static <T> List<T> collect(PreparedStatement statement, Row<T> row) throws SQLException {
        List<T> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(row.read(rows));
            }
        }
        return result;
    }

    private static @Nullable Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Array array(PreparedStatement statement, List<String> values) throws SQLException {
        return statement.getConnection().createArrayOf("varchar", values.toArray());
    }
}
