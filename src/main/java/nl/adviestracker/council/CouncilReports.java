package nl.adviestracker.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.verdict.VerdictReport;

/**
 * The figures of the report to the council for one advisory body and period, and the introduction staff
 * write above it. An advice is answered on the day its reply letter was sent (the letter's route, station
 * SENT), as {@code report/Reports} counts it; the verdicts are counted by {@link VerdictReport}.
 */
@Singleton
public class CouncilReports {

    /** The longest introduction, in characters; the column holds as much. */
    public static final int INTRODUCTION_LENGTH = 4000;

    static final String TOTAL = "Totaal";

    private final JdbcOperations jdbc;
    private final AdvisoryBodyRepository bodies;
    private final VerdictReport verdicts;
    private final AuditLog audit;

    CouncilReports(JdbcOperations jdbc, AdvisoryBodyRepository bodies, VerdictReport verdicts, AuditLog audit) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.verdicts = verdicts;
        this.audit = audit;
    }

    /** The introduction as stored (and audited): one per body and period in the organisation. */
    @Serdeable
    public record Introduction(long bodyId, String period, String text) {}

    /** The body of the organisation at hand, or a 400 naming {@code bodyId}. */
    @Transactional(readOnly = true)
    public AdvisoryBody body(@Nullable Long bodyId) {
        if (bodyId == null) {
            throw ProblemException.invalid("bodyId", "kies een adviesorgaan");
        }
        return bodies.findById(bodyId)
                .orElseThrow(() -> ProblemException.invalid("bodyId", "is geen adviesorgaan van deze organisatie"));
    }

    @Transactional(readOnly = true)
    public CouncilReport report(long bodyId, CouncilPeriod period, LocalDate today) {
        AdvisoryBody body = body(bodyId);
        LocalDate countedOn = period.countedOn(today);
        int[] receipt = new int[3];
        query("""
                select count(*),
                       count(*) filter (where s.sent_on is null or s.sent_on > ?),
                       count(*) filter (where (s.sent_on is null or s.sent_on > ?) and a.response_due_on < ?)
                from advice a left join letter_route s on s.advice_id = a.id and s.station = 'SENT'
                where a.body_id = ? and a.deleted_at is null and a.status <> 'DRAFT' and a.received_on between ? and ?""", List.of(countedOn, countedOn, countedOn, bodyId, period.from(), period.to()), rs -> {
            receipt[0] = rs.getInt(1);
            receipt[1] = rs.getInt(2);
            receipt[2] = rs.getInt(3);
        });
        List<CouncilReport.AnsweredAdvice> answered = new ArrayList<>();
        query(
                """
                select a.id, a.subject, a.received_on, a.response_due_on, s.sent_on,
                       (select count(*) from advice_due_date_extension e where e.advice_id = a.id) as moves
                from advice a join letter_route s on s.advice_id = a.id and s.station = 'SENT'
                where a.body_id = ? and a.deleted_at is null and s.sent_on between ? and ?
                order by s.sent_on, a.id""",
                List.of(bodyId, period.from(), period.to()),
                rs -> answered.add(new CouncilReport.AnsweredAdvice(
                        rs.getLong(1),
                        rs.getString(2).strip(),
                        date(rs, 3),
                        date(rs, 4),
                        date(rs, 5),
                        !date(rs, 5).isAfter(date(rs, 4)),
                        rs.getInt(6))));
        int onTime = (int)
                answered.stream().filter(CouncilReport.AnsweredAdvice::onTime).count();

        Map<Stance, Integer> perStance = new EnumMap<>(Stance.class);
        query(
                """
                select r.stance, count(*)
                from advice a join letter_route s on s.advice_id = a.id and s.station = 'SENT'
                join point p on p.advice_id = a.id
                join response_point rp on rp.point_id = p.id
                join response r on r.id = rp.response_id
                where a.body_id = ? and a.deleted_at is null and s.sent_on between ? and ?
                group by r.stance""",
                List.of(bodyId, period.from(), period.to()),
                rs -> perStance.put(Stance.valueOf(rs.getString(1)), rs.getInt(2)));
        List<CouncilReport.StanceCount> stances = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            stances.add(new CouncilReport.StanceCount(stance, stance.dutch(), perStance.getOrDefault(stance, 0)));
        }

        List<CouncilReport.Commitment> commitments = commitments(bodyId, period, today);
        return new CouncilReport(
                bodyId,
                body.name(),
                period.key(),
                period.from(),
                period.to(),
                countedOn,
                introduction(bodyId, period),
                receipt[0],
                answered.size(),
                onTime,
                answered.size() - onTime,
                receipt[1],
                receipt[2],
                answered,
                stances,
                verdicts.ofAnswered(bodyId, period.from(), period.to(), TOTAL),
                commitments,
                commitments.size(),
                (int) commitments.stream()
                        .filter(CouncilReport.Commitment::overdue)
                        .count(),
                movedAnswers(answered),
                repeats(bodyId, period));
    }

    /** Follow-ups promised in letters sent up to the period's end, open now; overdue as of today. */
    private List<CouncilReport.Commitment> commitments(long bodyId, CouncilPeriod period, LocalDate today) {
        record Row(
                long id,
                long adviceId,
                String subject,
                String description,
                @Nullable LocalDate dueOn) {}
        List<Row> rows = new ArrayList<>();
        query(
                """
                select f.id, f.advice_id, a.subject, f.description, f.due_on
                from followup f join advice a on a.id = f.advice_id
                join letter_route s on s.advice_id = a.id and s.station = 'SENT'
                where a.body_id = ? and a.deleted_at is null and s.sent_on <= ? and f.status in ('OPEN', 'IN_PROGRESS')
                order by f.due_on nulls last, f.id""",
                List.of(bodyId, period.to()),
                rs -> rows.add(new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3).strip(),
                        rs.getString(4).strip(),
                        date(rs, 5))));
        Map<Long, List<CouncilReport.DateMove>> moves = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            jdbc.prepareStatement("""
                    select followup_id, previous_due_on, new_due_on, (moved_at at time zone 'Europe/Amsterdam')::date,
                           reason
                    from followup_due_date_move where followup_id = any(?)
                    order by id""", (PreparedStatement statement) -> {
                statement.setArray(
                        1,
                        statement
                                .getConnection()
                                .createArrayOf(
                                        "bigint", rows.stream().map(Row::id).toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        moves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new CouncilReport.DateMove(
                                        date(rs, 2),
                                        date(rs, 3),
                                        date(rs, 4),
                                        rs.getString(5).strip()));
                    }
                }
                return null;
            });
        }
        return rows.stream()
                .map(r -> new CouncilReport.Commitment(
                        r.id(),
                        r.adviceId(),
                        r.subject(),
                        r.description(),
                        r.dueOn(),
                        r.dueOn() != null && r.dueOn().isBefore(today),
                        moves.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The answers of the period whose due date was moved: the first date, the last, each reason. */
    private List<CouncilReport.MovedAnswer> movedAnswers(List<CouncilReport.AnsweredAdvice> answered) {
        List<CouncilReport.MovedAnswer> moved = new ArrayList<>();
        for (CouncilReport.AnsweredAdvice advice : answered) {
            if (advice.movesOfDueDate() == 0) {
                continue;
            }
            List<LocalDate> firsts = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            query(
                    "select previous_due_on, reason from advice_due_date_extension where advice_id = ? order by id",
                    List.of(advice.adviceId()),
                    rs -> {
                        firsts.add(date(rs, 1));
                        reasons.add(rs.getString(2).strip());
                    });
            moved.add(new CouncilReport.MovedAnswer(
                    advice.adviceId(), advice.subject(), firsts.get(0), advice.dueOn(), reasons));
        }
        return moved;
    }

    private List<CouncilReport.Repeat> repeats(long bodyId, CouncilPeriod period) {
        List<CouncilReport.Repeat> repeats = new ArrayList<>();
        query(
                """
                select a.id, a.subject, p.label, ea.id, ea.subject, ea.received_on, ep.label
                from point_repeat_decision d
                join point p on p.id = d.point_id join advice a on a.id = p.advice_id
                join point ep on ep.id = d.earlier_point_id join advice ea on ea.id = ep.advice_id
                where d.decision = 'CONFIRMED' and a.body_id = ? and a.deleted_at is null and a.status <> 'DRAFT'
                  and a.received_on between ? and ? and ea.deleted_at is null
                order by a.received_on, a.id, p.position, ea.received_on, ep.position""",
                List.of(bodyId, period.from(), period.to()),
                rs -> repeats.add(new CouncilReport.Repeat(
                        rs.getLong(1),
                        rs.getString(2).strip(),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5).strip(),
                        date(rs, 6),
                        rs.getString(7))));
        return repeats;
    }

    @Transactional(readOnly = true)
    public @Nullable String introduction(long bodyId, CouncilPeriod period) {
        List<String> found = new ArrayList<>();
        query(
                "select text from council_report_introduction where body_id = ? and period = ?",
                List.of(bodyId, period.key()),
                rs -> found.add(rs.getString(1)));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Stores the introduction of this body and period, replacing the one before (the audit log keeps
     * both); a blank text removes it. Longer than {@link #INTRODUCTION_LENGTH} is refused naming {@code text}.
     */
    @Transactional
    public @Nullable String writeIntroduction(long bodyId, CouncilPeriod period, @Nullable String text) {
        body(bodyId);
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > INTRODUCTION_LENGTH) {
            throw ProblemException.invalid("text", "is te lang (ten hoogste " + INTRODUCTION_LENGTH + " tekens)");
        }
        List<Long> ids = new ArrayList<>();
        List<String> before = new ArrayList<>();
        query(
                "select id, text from council_report_introduction where body_id = ? and period = ? for update",
                List.of(bodyId, period.key()),
                rs -> {
                    ids.add(rs.getLong(1));
                    before.add(rs.getString(2));
                });
        if (ids.isEmpty()) {
            if (stripped.isEmpty()) {
                return null;
            }
            long id = jdbc.prepareStatement(
                    "insert into council_report_introduction (body_id, period, text, updated_by) values (?, ?, ?, ?)"
                            + " returning id",
                    statement -> {
                        statement.setLong(1, bodyId);
                        statement.setString(2, period.key());
                        statement.setString(3, stripped);
                        statement.setString(4, audit.actor());
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    });
            audit.created(ENTITY, id, null, new Introduction(bodyId, period.key(), stripped));
            return stripped;
        }
        long id = ids.get(0);
        Introduction old = new Introduction(bodyId, period.key(), before.get(0));
        if (stripped.isEmpty()) {
            update("delete from council_report_introduction where id = ?", List.of(id));
            audit.deleted(ENTITY, id, null, old);
            return null;
        }
        update(
                "update council_report_introduction set text = ?, updated_by = ?, updated_at = now(),"
                        + " version = version + 1 where id = ?",
                List.of(stripped, audit.actor(), id));
        audit.updated(ENTITY, id, null, old, new Introduction(bodyId, period.key(), stripped));
        return stripped;
    }

    static final String ENTITY = "council_report_introduction";

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowHandler handler) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
            return null;
        });
    }

    private void update(String sql, List<Object> parameters) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof LocalDate d) {
                statement.setDate(i + 1, Date.valueOf(d));
            } else if (value instanceof Long l) {
                statement.setLong(i + 1, l);
            } else {
                statement.setString(i + 1, String.valueOf(value));
            }
        }
    }

    private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
