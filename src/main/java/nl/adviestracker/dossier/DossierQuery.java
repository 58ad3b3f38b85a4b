package nl.adviestracker.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.DueDateExtension;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.ResponseTermUnit;
import nl.adviestracker.followup.BodyInformed;
import nl.adviestracker.followup.Evidence;
import nl.adviestracker.followup.EvidenceKind;
import nl.adviestracker.followup.FollowUp;
import nl.adviestracker.followup.FollowUpDueDateMove;
import nl.adviestracker.followup.FollowUpNote;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.followup.FollowUpTransition;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.InformMeans;
import nl.adviestracker.response.Response;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.ReviewState;
import nl.adviestracker.response.Stance;

/**
 * An advice's whole dossier in one SQL statement: the advice and its body as columns, every list (points,
 * responses, follow-ups with their notes, status changes, evidence and moves) as a JSON array of rows built
 * by PostgreSQL. Each row is an array of its columns in the order the SQL names them, so reading it is one
 * pass of a streaming parser and no names are repeated per row. Times travel as microseconds since the
 * epoch: exactly the stored value, whatever the session's time zone.
 *
 * <p>What may be shown is decided afterwards, in {@link Dossiers}: the access rules stay in Java, and the
 * rows the rules hide from a member (responses, follow-ups) are read but not handed on.
 */
@Singleton
class DossierQuery {

    /** Everything read for one advice, before the access rules choose what is shown. */
    record Read(
            Advice advice,
            AdvisoryBody body,
            @Nullable String projectGroup,
            @Nullable Long answersRequestId,
            List<DueDateExtension> dueDateExtensions,
            List<Point> points,
            List<Response> responses,
            Map<Long, List<Long>> coveredPoints,
            List<FollowUpRows> followUps) {

        List<ResponseView> responseViews() {
            List<ResponseView> views = new ArrayList<>(responses.size());
            for (Response response : responses) {
                views.add(ResponseView.of(response, coveredPoints.getOrDefault(response.id(), List.of())));
            }
            return views;
        }

        List<FollowUpView> followUpViews(LocalDate today) {
            List<FollowUpView> views = new ArrayList<>(followUps.size());
            for (FollowUpRows f : followUps) {
                views.add(FollowUpView.of(f.followUp, f.notes, f.transitions, f.evidence, f.informed, f.moves, today));
            }
            return views;
        }
    }

    record FollowUpRows(
            FollowUp followUp,
            List<FollowUpNote> notes,
            List<FollowUpTransition> transitions,
            List<Evidence> evidence,
            @Nullable BodyInformed informed,
            List<FollowUpDueDateMove> moves) {}

    private static final String MICROS = "(extract(epoch from %s) * 1000000)::bigint";

    private static final String SQL = """
            select a.id, a.version, a.body_id, a.project_group_id, a.subject, a.kind, a.received_on,
                   a.their_reference, a.our_reference, a.theme, a.department, a.portfolio_holder, a.response_due_on,
                   a.status, a.supplements_advice_id, a.introduction, a.conclusion, a.created_at, a.updated_at,
                   a.deleted_at, a.letter_dated_on, a.letter_final_at,
                   b.id, b.version, b.name, b.short_name, b.contact_name, b.postal_address, b.contact_email,
                   b.response_term_length, b.response_term_unit, b.dissolved_on,
                   (select g.name from project_group g where g.id = a.project_group_id),
                   (select r.id from advice_request r where r.advice_id = a.id limit 1),
                   (select json_agg(json_build_array(e.id, e.previous_due_on, e.new_due_on, e.reason, e.extended_by,
                                                     @e.extended_at) order by e.id)
                    from advice_due_date_extension e where e.advice_id = a.id),
                   (select json_agg(json_build_array(p.id, p.position, p.label, p.text, p.kind, p.document_reference,
                                                     p.version) order by p.position)
                    from point p where p.advice_id = a.id),
                   (select json_agg(json_build_array(r.id, r.stance, r.paraphrase, r.text, r.reason, r.version,
                                                     @r.created_at, @r.updated_at, r.review_state, r.written_by_id,
                                                     r.review_comment, @r.review_state_at) order by r.id)
                    from response r where r.advice_id = a.id),
                   (select json_agg(json_build_array(rp.response_id, rp.point_id) order by p.position)
                    from response_point rp join point p on p.id = rp.point_id where rp.advice_id = a.id),
                   (select json_agg(json_build_array(
                               f.id, f.response_id, f.description, f.owner, f.due_on, f.status, f.version,
                               @f.created_at, @f.updated_at,
                               (select json_agg(json_build_array(n.id, n.noted_on, n.text, n.author, @n.created_at)
                                                order by n.noted_on, n.id)
                                from followup_note n where n.followup_id = f.id),
                               (select json_agg(json_build_array(t.id, t.from_status, t.to_status, t.reason, t.actor,
                                                                 @t.occurred_at) order by t.id)
                                from followup_transition t where t.followup_id = f.id),
                               (select json_agg(json_build_array(v.id, v.kind, v.description, v.url, v.file_name,
                                                                 v.content_type, v.added_by, @v.added_at,
                                                                 v.shown_in_public) order by v.id)
                                from followup_evidence v where v.followup_id = f.id),
                               (select json_build_array(i.informed_on, i.means, i.note, i.letter_pdf is not null,
                                                        i.recorded_by, @i.recorded_at)
                                from followup_body_informed i where i.followup_id = f.id),
                               (select json_agg(json_build_array(m.id, m.previous_due_on, m.new_due_on, m.reason,
                                                                 m.moved_by, @m.moved_at) order by m.id)
                                from followup_due_date_move m where m.followup_id = f.id))
                           order by f.id)
                    from followup f where f.advice_id = a.id)
            from advice a join advisory_body b on b.id = a.body_id
            where a.id = ? and a.deleted_at is null""".replaceAll("@([a-z]\\.[a-z_]+)", MICROS.formatted("$1"));

    private static final JsonFactory JSON = new JsonFactory();

    private final JdbcOperations jdbc;

    DossierQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The advice's dossier as stored, or empty when there is no such advice (or it is deleted). */
    Optional<Read> read(long adviceId) {
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setLong(1, adviceId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.<Read>empty();
            }
        });
    }

    private static Read read(ResultSet row) throws SQLException {
        Advice advice = new Advice(
                row.getLong(1),
                row.getLong(3),
                row.getObject(4, Long.class),
                row.getString(5),
                AdviceKind.valueOf(row.getString(6)),
                date(row.getDate(7)),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getString(11),
                row.getString(12),
                date(row.getDate(13)),
                AdviceStatus.valueOf(row.getString(14)),
                row.getObject(15, Long.class),
                row.getString(16),
                row.getString(17),
                row.getObject(2, Integer.class),
                instant(row.getTimestamp(18)),
                instant(row.getTimestamp(19)),
                instant(row.getTimestamp(20)),
                date(row.getDate(21)),
                instant(row.getTimestamp(22)));
        AdvisoryBody body = new AdvisoryBody(
                row.getLong(23),
                row.getString(25),
                row.getString(26),
                row.getString(27),
                row.getString(28),
                row.getString(29),
                row.getInt(30),
                ResponseTermUnit.valueOf(row.getString(31)),
                date(row.getDate(32)),
                row.getObject(24, Integer.class));
        long adviceId = advice.id();
        List<DueDateExtension> extensions = new ArrayList<>();
        for (List<Object> e : rows(row.getString(35))) {
            extensions.add(new DueDateExtension(
                    num(e, 0), adviceId, day(e, 1), day(e, 2), text(e, 3), text(e, 4), time(e, 5)));
        }
        List<Point> points = new ArrayList<>();
        for (List<Object> p : rows(row.getString(36))) {
            points.add(new Point(
                    num(p, 0),
                    adviceId,
                    (int) (long) num(p, 1),
                    text(p, 2),
                    text(p, 3),
                    PointKind.valueOf(text(p, 4)),
                    text(p, 5),
                    integer(p, 6)));
        }
        List<Response> responses = new ArrayList<>();
        for (List<Object> r : rows(row.getString(37))) {
            responses.add(new Response(
                    num(r, 0),
                    adviceId,
                    Stance.valueOf(text(r, 1)),
                    text(r, 2),
                    text(r, 3),
                    text(r, 4),
                    integer(r, 5),
                    time(r, 6),
                    time(r, 7),
                    ReviewState.valueOf(text(r, 8)),
                    num(r, 9),
                    text(r, 10),
                    time(r, 11)));
        }
        Map<Long, List<Long>> covered = new HashMap<>();
        for (List<Object> c : rows(row.getString(38))) {
            covered.computeIfAbsent(num(c, 0), id -> new ArrayList<>()).add(num(c, 1));
        }
        List<FollowUpRows> followUps = new ArrayList<>();
        for (List<Object> f : rows(row.getString(39))) {
            followUps.add(followUp(adviceId, f));
        }
        return new Read(
                advice,
                body,
                row.getString(33),
                row.getObject(34, Long.class),
                extensions,
                points,
                responses,
                covered,
                followUps);
    }

    private static FollowUpRows followUp(long adviceId, List<Object> f) {
        long id = num(f, 0);
        List<FollowUpNote> notes = new ArrayList<>();
        for (List<Object> n : list(f, 9)) {
            notes.add(new FollowUpNote(num(n, 0), id, day(n, 1), text(n, 2), text(n, 3), time(n, 4)));
        }
        List<FollowUpTransition> transitions = new ArrayList<>();
        for (List<Object> t : list(f, 10)) {
            transitions.add(new FollowUpTransition(
                    num(t, 0),
                    id,
                    FollowUpStatus.valueOf(text(t, 1)),
                    FollowUpStatus.valueOf(text(t, 2)),
                    text(t, 3),
                    text(t, 4),
                    time(t, 5)));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (List<Object> v : list(f, 11)) {
            evidence.add(Evidence.listed(
                    num(v, 0),
                    id,
                    EvidenceKind.valueOf(text(v, 1)),
                    text(v, 2),
                    text(v, 3),
                    text(v, 4),
                    text(v, 5),
                    text(v, 6),
                    time(v, 7),
                    (Boolean) v.get(8)));
        }
        @SuppressWarnings("unchecked")
        List<Object> i = (List<Object>) f.get(12);
        BodyInformed informed = i == null
                ? null
                : BodyInformed.recorded(
                        id,
                        day(i, 0),
                        InformMeans.valueOf(text(i, 1)),
                        text(i, 2),
                        (Boolean) i.get(3),
                        text(i, 4),
                        time(i, 5));
        List<FollowUpDueDateMove> moves = new ArrayList<>();
        for (List<Object> m : list(f, 13)) {
            moves.add(new FollowUpDueDateMove(num(m, 0), id, day(m, 1), day(m, 2), text(m, 3), text(m, 4), time(m, 5)));
        }
        FollowUp followUp = new FollowUp(
                id,
                num(f, 1),
                adviceId,
                text(f, 2),
                text(f, 3),
                day(f, 4),
                FollowUpStatus.valueOf(text(f, 5)),
                integer(f, 6),
                time(f, 7),
                time(f, 8));
        return new FollowUpRows(followUp, notes, transitions, evidence, informed, moves);
    }

    // ---- the JSON rows: arrays of arrays of strings, whole numbers, booleans and nulls

    private static List<List<Object>> rows(@Nullable String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) (List<?>) array(parser);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The array the parser stands at the start of, with what it holds. */
    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> values = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            values.add(
                    switch (token) {
                        case START_ARRAY -> array(parser);
                        case VALUE_STRING -> parser.getText();
                        case VALUE_NUMBER_INT -> parser.getLongValue();
                        case VALUE_TRUE -> Boolean.TRUE;
                        case VALUE_FALSE -> Boolean.FALSE;
                        case VALUE_NULL -> null;
                        default -> throw new IllegalStateException("Unexpected " + token + " in a dossier row");
                    });
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> list(List<Object> row, int index) {
        Object value = row.get(index);
        return value == null ? List.of() : (List<List<Object>>) value;
    }

    private static @Nullable Long num(List<Object> row, int index) {
        return (Long) row.get(index);
    }

    private static @Nullable Integer integer(List<Object> row, int index) {
        Long value = num(row, index);
        return value == null ? null : value.intValue();
    }

    private static @Nullable String text(List<Object> row, int index) {
        return (String) row.get(index);
    }

    private static @Nullable LocalDate day(List<Object> row, int index) {
        String value = text(row, index);
        return value == null ? null : LocalDate.parse(value);
    }

    private static @Nullable Instant time(List<Object> row, int index) {
        Long micros = num(row, index);
        return micros == null
                ? null
                : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
