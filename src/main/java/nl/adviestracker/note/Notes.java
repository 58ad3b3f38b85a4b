package nl.adviestracker.note;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.notification.Notice;
import nl.adviestracker.notification.NoticeKind;
import nl.adviestracker.notification.Notifications;
import nl.adviestracker.shared.ProblemException;

/**
 * Internal notes: staff's threaded comments on an advice, its points and its responses. Only staff read or
 * write them (the body never sees them: not on its pages, in the API, the letter or the exports); only
 * the author edits or deletes a note, and the earlier text is kept. A colleague mentioned with
 * {@code @gebruikersnaam} (an active staff account of the organisation) is notified once per note.
 */
@Singleton
public class Notes {

    private static final String COLUMNS = "id, advice_id, point_id, response_id, parent_id, author_user_id,"
            + " author_name, text, created_at, edited_at, version";

    private final JdbcOperations jdbc;
    private final AdviceRegister advices;
    private final AuditLog audit;
    private final Notifications notifications;

    Notes(JdbcOperations jdbc, AdviceRegister advices, AuditLog audit, Notifications notifications) {
        this.jdbc = jdbc;
        this.advices = advices;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** The advice's notes that stand, oldest first. */
    @Transactional(readOnly = true)
    public List<Note> of(SignedInUser user, long adviceId) {
        readable(user, adviceId);
        return jdbc.prepareStatement(
                "select " + COLUMNS + " from internal_note where advice_id = ? and deleted_at is null order by id",
                statement -> {
                    statement.setLong(1, adviceId);
                    ResultSet rows = statement.executeQuery();
                    List<Note> notes = new ArrayList<>();
                    while (rows.next()) {
                        notes.add(note(rows));
                    }
                    return notes;
                });
    }

    @Transactional
    public Note add(SignedInUser user, long adviceId, NoteInput input) {
        readable(user, adviceId);
        String text = text(input.text());
        Long parentId = input.parentId();
        Long pointId = input.pointId();
        Long responseId = input.responseId();
        if (parentId != null) {
            Note parent = find(adviceId, parentId, "parentId");
            // a reply joins its thread: same subject, under the thread's first note
            parentId = parent.parentId() == null ? parent.id() : parent.parentId();
            pointId = parent.pointId();
            responseId = parent.responseId();
        }
        belongs("point", "pointId", pointId, adviceId);
        belongs("response", "responseId", responseId, adviceId);
        Long threadId = parentId;
        Long point = pointId;
        Long response = responseId;
        long id = jdbc.prepareStatement("""
                insert into internal_note (advice_id, point_id, response_id, parent_id, author_user_id, author_name, text)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", statement -> {
            statement.setLong(1, adviceId);
            setNullable(statement, 2, point);
            setNullable(statement, 3, response);
            setNullable(statement, 4, threadId);
            statement.setLong(5, user.userId());
            statement.setString(6, user.name());
            statement.setString(7, text);
            ResultSet row = statement.executeQuery();
            row.next();
            return row.getLong(1);
        });
        Note saved = find(adviceId, id, "id");
        audit.created("internal_note", id, adviceId, saved);
        tellMentioned(user, saved);
        return saved;
    }

    /** The author changes the text; {@code version} must be the one they edited. */
    @Transactional
    public Note edit(SignedInUser user, long adviceId, long noteId, NoteInput input) {
        readable(user, adviceId);
        Note current = own(user, adviceId, noteId);
        if (input.version() == null) {
            throw ProblemException.invalid("version", "is verplicht bij het wijzigen van een notitie");
        }
        if (input.version() != current.version()) {
            throw ProblemException.staleVersion("De notitie", current);
        }
        String text = text(input.text());
        jdbc.prepareStatement(
                "insert into internal_note_revision (note_id, text, replaced_by) values (?, ?, ?)", statement -> {
                    statement.setLong(1, noteId);
                    statement.setString(2, current.text());
                    statement.setString(3, user.username());
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement(
                "update internal_note set text = ?, edited_at = now(), version = version + 1 where id = ?",
                statement -> {
                    statement.setString(1, text);
                    statement.setLong(2, noteId);
                    return statement.executeUpdate();
                });
        Note edited = find(adviceId, noteId, "id");
        audit.updated("internal_note", noteId, adviceId, current, edited);
        // a colleague no longer mentioned is not told (if their mail has not gone yet); a new one is
        Set<Long> still =
                new HashSet<>(staffNamed(new HashSet<>(edited.mentions())).values());
        for (Long userId : staffNamed(new HashSet<>(current.mentions())).values()) {
            if (!still.contains(userId)) {
                notifications.withdraw(userId, dedupKey(noteId));
            }
        }
        tellMentioned(user, edited);
        return edited;
    }

    /** The author deletes the note: it leaves the page and the API, its history stays; replies stay. */
    @Transactional
    public void delete(SignedInUser user, long adviceId, long noteId) {
        readable(user, adviceId);
        Note current = own(user, adviceId, noteId);
        jdbc.prepareStatement(
                "update internal_note set deleted_at = now(), version = version + 1 where id = ?", statement -> {
                    statement.setLong(1, noteId);
                    return statement.executeUpdate();
                });
        audit.deleted("internal_note", noteId, adviceId, current);
        notifications.withdraw(dedupKey(noteId));
    }

    private void tellMentioned(SignedInUser author, Note note) {
        Advice advice = advices.get(note.adviceId());
        for (var named : staffNamed(new HashSet<>(note.mentions())).entrySet()) {
            if (named.getValue() == author.userId()) {
                continue;
            }
            notifications.tell(new Notice(
                    named.getValue(),
                    NoticeKind.MENTIONED,
                    author.name() + " noemde u in een interne notitie bij het advies \"" + advice.subject() + "\".",
                    "/advices/" + note.adviceId() + "#notitie-" + note.id(),
                    dedupKey(note.id())));
        }
    }

    static String dedupKey(long noteId) {
        return "note-" + noteId;
    }

    /** Usernames (lower case) of active staff accounts of this organisation, with their ids. */
    private Map<String, Long> staffNamed(Set<String> usernames) {
        Map<String, Long> found = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        jdbc.prepareStatement(
                "select lower(username), id from app_user where lower(username) = any (?) and active"
                        + " and role in ('STAFF', 'MANAGER')",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("varchar", usernames.toArray()));
                    ResultSet rows = statement.executeQuery();
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getLong(2));
                    }
                    return null;
                });
        return found;
    }

    private void readable(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw ProblemException.forbidden("Interne notities zijn alleen voor medewerkers van de gemeente.");
        }
    }

    private Note own(SignedInUser user, long adviceId, long noteId) {
        Note note = find(adviceId, noteId, "id");
        if (note.authorUserId() != user.userId()) {
            throw ProblemException.forbidden("Alleen wie de notitie schreef, kan haar wijzigen of verwijderen.");
        }
        return note;
    }

    private Note find(long adviceId, long noteId, String field) {
        Note note = jdbc.prepareStatement(
                "select " + COLUMNS + " from internal_note where id = ? and advice_id = ? and deleted_at is null",
                statement -> {
                    statement.setLong(1, noteId);
                    statement.setLong(2, adviceId);
                    ResultSet row = statement.executeQuery();
                    return row.next() ? note(row) : null;
                });
        if (note == null) {
            if (field.equals("id")) {
                throw ProblemException.notFound("Notitie " + noteId);
            }
            throw ProblemException.invalid(field, "is geen notitie bij dit advies");
        }
        return note;
    }

    private void belongs(String table, String field, @Nullable Long id, long adviceId) {
        if (id == null) {
            return;
        }
        boolean found =
                jdbc.prepareStatement("select 1 from " + table + " where id = ? and advice_id = ?", statement -> {
                    statement.setLong(1, id);
                    statement.setLong(2, adviceId);
                    return statement.executeQuery().next();
                });
        if (!found) {
            throw ProblemException.invalid(
                    field,
                    "hoort niet bij dit advies (" + (table.equals("point") ? "punt" : "reactie") + " " + id + ")");
        }
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "is verplicht");
        }
        String stripped = text.strip();
        if (stripped.length() > 4000) {
            throw ProblemException.invalid("text", "mag hoogstens 4000 tekens bevatten");
        }
        return stripped;
    }

    private static Note note(ResultSet row) throws SQLException {
        String text = row.getString(8);
        return new Note(
                row.getLong(1),
                row.getLong(2),
                (Long) row.getObject(3),
                (Long) row.getObject(4),
                (Long) row.getObject(5),
                row.getLong(6),
                row.getString(7),
                text,
                row.getTimestamp(9).toInstant(),
                row.getTimestamp(10) == null ? null : row.getTimestamp(10).toInstant(),
                row.getInt(11),
                List.copyOf(Mentions.in(text)));
    }

    private static void setNullable(java.sql.PreparedStatement statement, int index, @Nullable Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
