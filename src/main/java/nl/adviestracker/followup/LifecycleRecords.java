package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notes, status changes, evidence and "body informed" rows of follow-ups, in plain SQL: documents
 * are read only when asked for, and the lists for an advice page cost a query each without Micronaut
 * Data building an {@code in (...)} query for every call (its largest CPU cost on that page).
 */
@Singleton
class LifecycleRecords {

    /** A stored file. */
    record StoredFile(String fileName, String contentType, byte[] content) {}

    private final JdbcOperations jdbc;

    LifecycleRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The notes of these follow-ups, each list by date noted. */
    Map<Long, List<FollowUpNote>> notesOf(Collection<Long> followupIds) {
        Map<Long, List<FollowUpNote>> result = new HashMap<>();
        jdbc.prepareStatement("""
                select id, followup_id, noted_on, text, author, created_at
                from followup_note where followup_id = any (?) order by noted_on, id""", statement -> {
            statement.setArray(1, ids(statement.getConnection(), followupIds));
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                long followupId = rows.getLong(2);
                result.computeIfAbsent(followupId, k -> new ArrayList<>())
                        .add(new FollowUpNote(
                                rows.getLong(1),
                                followupId,
                                rows.getDate(3).toLocalDate(),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getTimestamp(6).toInstant()));
            }
            return null;
        });
        return result;
    }

    /** The due-date moves of these follow-ups, each list in the order they happened. */
    Map<Long, List<FollowUpDueDateMove>> dueDateMovesOf(Collection<Long> followupIds) {
        Map<Long, List<FollowUpDueDateMove>> result = new HashMap<>();
        jdbc.prepareStatement("""
                select id, followup_id, previous_due_on, new_due_on, reason, moved_by, moved_at
                from followup_due_date_move where followup_id = any (?) order by id""", statement -> {
            statement.setArray(1, ids(statement.getConnection(), followupIds));
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                long followupId = rows.getLong(2);
                Date to = rows.getDate(4);
                result.computeIfAbsent(followupId, k -> new ArrayList<>())
                        .add(new FollowUpDueDateMove(
                                rows.getLong(1),
                                followupId,
                                rows.getDate(3).toLocalDate(),
                                to == null ? null : to.toLocalDate(),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getTimestamp(7).toInstant()));
            }
            return null;
        });
        return result;
    }

    /** The status changes of these follow-ups, each list in the order they happened. */
    Map<Long, List<FollowUpTransition>> transitionsOf(Collection<Long> followupIds) {
        Map<Long, List<FollowUpTransition>> result = new HashMap<>();
        jdbc.prepareStatement("""
                select id, followup_id, from_status, to_status, reason, actor, occurred_at
                from followup_transition where followup_id = any (?) order by id""", statement -> {
            statement.setArray(1, ids(statement.getConnection(), followupIds));
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                long followupId = rows.getLong(2);
                result.computeIfAbsent(followupId, k -> new ArrayList<>())
                        .add(new FollowUpTransition(
                                rows.getLong(1),
                                followupId,
                                FollowUpStatus.valueOf(rows.getString(3)),
                                FollowUpStatus.valueOf(rows.getString(4)),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getTimestamp(7).toInstant()));
            }
            return null;
        });
        return result;
    }

    Map<Long, List<Evidence>> evidenceOf(Collection<Long> followupIds) {
        Map<Long, List<Evidence>> result = new HashMap<>();
        if (followupIds.isEmpty()) {
            return result;
        }
        jdbc.prepareStatement("""
                select id, followup_id, kind, description, url, file_name, content_type, added_by, added_at,
                       shown_in_public
                from followup_evidence where followup_id = any (?) order by id""", statement -> {
            statement.setArray(1, ids(statement.getConnection(), followupIds));
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                long followupId = rows.getLong("followup_id");
                EvidenceKind kind = EvidenceKind.valueOf(rows.getString("kind"));
                long id = rows.getLong("id");
                result.computeIfAbsent(followupId, k -> new ArrayList<>())
                        .add(Evidence.listed(
                                id,
                                followupId,
                                kind,
                                rows.getString("description"),
                                rows.getString("url"),
                                rows.getString("file_name"),
                                rows.getString("content_type"),
                                rows.getString("added_by"),
                                rows.getTimestamp("added_at").toInstant(),
                                rows.getBoolean("shown_in_public")));
            }
            return null;
        });
        return result;
    }

    Map<Long, BodyInformed> informedOf(Collection<Long> followupIds) {
        Map<Long, BodyInformed> result = new HashMap<>();
        if (followupIds.isEmpty()) {
            return result;
        }
        jdbc.prepareStatement("""
                select followup_id, informed_on, means, note, letter_pdf is not null as has_letter, recorded_by, recorded_at
                from followup_body_informed where followup_id = any (?)""", statement -> {
            statement.setArray(1, ids(statement.getConnection(), followupIds));
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                long followupId = rows.getLong("followup_id");
                result.put(
                        followupId,
                        BodyInformed.recorded(
                                followupId,
                                rows.getDate("informed_on").toLocalDate(),
                                InformMeans.valueOf(rows.getString("means")),
                                rows.getString("note"),
                                rows.getBoolean("has_letter"),
                                rows.getString("recorded_by"),
                                rows.getTimestamp("recorded_at").toInstant()));
            }
            return null;
        });
        return result;
    }

    long addEvidence(
            long followupId,
            EvidenceKind kind,
            String description,
            @Nullable String url,
            @Nullable String fileName,
            @Nullable String contentType,
            byte @Nullable [] content,
            String actor) {
        return jdbc.prepareStatement("""
                insert into followup_evidence (followup_id, kind, description, url, file_name, content_type, content, added_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", statement -> {
            statement.setLong(1, followupId);
            statement.setString(2, kind.name());
            statement.setString(3, description);
            statement.setString(4, url);
            statement.setString(5, fileName);
            statement.setString(6, contentType);
            if (content == null) {
                statement.setNull(7, Types.BINARY);
            } else {
                statement.setBytes(7, content);
            }
            statement.setString(8, actor);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    /** Shows the evidence on the public page or stops showing it; what it was before, empty when there is none. */
    Optional<Boolean> showInPublic(long followupId, long evidenceId, boolean shown) {
        return jdbc.prepareStatement("""
                update followup_evidence e set shown_in_public = ?
                from followup_evidence before
                where e.id = ? and e.followup_id = ? and before.id = e.id
                returning before.shown_in_public""", statement -> {
            statement.setBoolean(1, shown);
            statement.setLong(2, evidenceId);
            statement.setLong(3, followupId);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty();
        });
    }

    Optional<StoredFile> document(long followupId, long evidenceId) {
        return jdbc.prepareStatement("""
                select file_name, content_type, content from followup_evidence
                where id = ? and followup_id = ? and kind = 'DOCUMENT'""", statement -> {
            statement.setLong(1, evidenceId);
            statement.setLong(2, followupId);
            ResultSet rows = statement.executeQuery();
            return rows.next()
                    ? Optional.of(new StoredFile(rows.getString(1), rows.getString(2), rows.getBytes(3)))
                    : Optional.<StoredFile>empty();
        });
    }

    /** False when the body was already recorded as informed (by this or another request). */
    boolean inform(
            long followupId,
            java.time.LocalDate on,
            InformMeans means,
            @Nullable String note,
            byte @Nullable [] letter,
            String actor) {
        return jdbc.prepareStatement("""
                insert into followup_body_informed (followup_id, informed_on, means, note, letter_pdf, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (followup_id) do nothing""", statement -> {
            statement.setLong(1, followupId);
            statement.setDate(2, Date.valueOf(on));
            statement.setString(3, means.name());
            statement.setString(4, note);
            if (letter == null) {
                statement.setNull(5, Types.BINARY);
            } else {
                statement.setBytes(5, letter);
            }
            statement.setString(6, actor);
            return statement.executeUpdate() == 1;
        });
    }

    Optional<byte[]> letter(long followupId) {
        return jdbc.prepareStatement(
                "select letter_pdf from followup_body_informed where followup_id = ? and letter_pdf is not null",
                statement -> {
                    statement.setLong(1, followupId);
                    ResultSet rows = statement.executeQuery();
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty();
                });
    }

    private static Array ids(java.sql.Connection connection, Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }
}
