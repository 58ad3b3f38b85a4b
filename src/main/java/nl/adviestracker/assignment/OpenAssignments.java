package nl.adviestracker.assignment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of the route that is still to be done, across all officials, for the notices of due dates: assigned
 * points without an approved response, and advices whose lead must still see the answer sent.
 */
@Singleton
public class OpenAssignments {

    /**
     * When an assigned point is still open: its advice is being answered and no approved response covers it
     * (joined as {@code a} advice, {@code r} the covering response, if any). "Mijn werk" lists the same points.
     */
    static final String OPEN_POINT = "a.deleted_at is null and a.status = 'RECEIVED' and a.letter_final_at is null"
            + " and (r.id is null or r.review_state <> 'APPROVED')";

    /** A point assigned to an official, not yet answered with an approved response. */
    public record OpenPoint(
            long adviceId, String subject, long pointId, String label, long assigneeUserId, LocalDate internalDueOn) {}

    /** An advice still to be answered, and its lead. */
    public record LedAdvice(long adviceId, String subject, long leadUserId, LocalDate responseDueOn) {}

    private final JdbcOperations jdbc;

    OpenAssignments(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Open points whose internal due date is on or before {@code until}, soonest first. */
    @Transactional(readOnly = true)
    public List<OpenPoint> pointsDueBy(LocalDate until) {
        return jdbc.prepareStatement("""
                select a.id, a.subject, p.id, p.label, pa.assignee_id, pa.internal_due_on
                from point_assignment pa
                join point p on p.id = pa.point_id
                join advice a on a.id = pa.advice_id
                left join response_point rp on rp.point_id = p.id
                left join response r on r.id = rp.response_id
                where pa.internal_due_on <= ? and\s""" + OPEN_POINT + " order by pa.internal_due_on, a.id, p.position", statement -> {
            statement.setDate(1, Date.valueOf(until));
            ResultSet rows = statement.executeQuery();
            List<OpenPoint> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new OpenPoint(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getLong(3),
                        rows.getString(4),
                        rows.getLong(5),
                        rows.getObject(6, LocalDate.class)));
            }
            return found;
        });
    }

    /** Advices with a lead whose answer is due on or before {@code until} and not sent yet, soonest first. */
    @Transactional(readOnly = true)
    public List<LedAdvice> ledAdvicesDueBy(LocalDate until) {
        return jdbc.prepareStatement("""
                select a.id, a.subject, l.lead_official_id, a.response_due_on from advice_lead l
                join advice a on a.id = l.advice_id
                where a.deleted_at is null and a.status = 'RECEIVED' and a.response_due_on <= ?
                order by a.response_due_on, a.id""", statement -> {
            statement.setDate(1, Date.valueOf(until));
            ResultSet rows = statement.executeQuery();
            List<LedAdvice> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new LedAdvice(
                        rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getObject(4, LocalDate.class)));
            }
            return found;
        });
    }
}
