package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The tables {@code advice_lead} and {@code point_assignment}, their one reader and writer. */
@Singleton
class AssignmentRepository {

    private final JdbcOperations jdbc;

    AssignmentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The lead official of an advice, with their name, if one was chosen. */
    @Transactional(readOnly = true)
    @Nullable
    AdviceAssignments.Person lead(long adviceId) {
        return jdbc.prepareStatement("""
                select u.id, u.name from advice_lead l join app_user u on u.id = l.lead_official_id
                where l.advice_id = ?""", statement -> {
            statement.setLong(1, adviceId);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? new AdviceAssignments.Person(rows.getLong(1), rows.getString(2)) : null;
        });
    }

    void saveLead(long adviceId, long leadId) {
        jdbc.prepareStatement("""
                insert into advice_lead (advice_id, lead_official_id) values (?, ?)
                on conflict (advice_id) do update set lead_official_id = excluded.lead_official_id,
                    version = advice_lead.version + 1, updated_at = now()""", statement -> {
            statement.setLong(1, adviceId);
            statement.setLong(2, leadId);
            return statement.executeUpdate();
        });
    }

    void save(long adviceId, Assignment assignment, long byUserId) {
        jdbc.prepareStatement("""
                insert into point_assignment (point_id, advice_id, assignee_id, internal_due_on, assigned_by_id)
                values (?, ?, ?, ?, ?)
                on conflict (point_id) do update set assignee_id = excluded.assignee_id,
                    internal_due_on = excluded.internal_due_on, assigned_by_id = excluded.assigned_by_id,
                    version = point_assignment.version + 1, updated_at = now()""", statement -> {
            for (Long pointId : assignment.pointIds()) {
                statement.setLong(1, pointId);
                statement.setLong(2, adviceId);
                statement.setLong(3, assignment.assigneeUserId());
                statement.setDate(4, Date.valueOf(assignment.internalDueOn()));
                statement.setLong(5, byUserId);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /**
     * The assignments of an advice's points, in the advice's order. Late: the internal due date passed and no
     * approved response covers the point yet.
     */
    @Transactional(readOnly = true)
    List<AdviceAssignments.PointAssignment> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select p.id, p.label, u.id, u.name, pa.internal_due_on,
                       pa.internal_due_on < (now() at time zone 'Europe/Amsterdam')::date
                           and not exists (select 1 from response_point rp join response r on r.id = rp.response_id
                                           where rp.point_id = p.id and r.review_state = 'APPROVED')
                from point_assignment pa
                join point p on p.id = pa.point_id
                join app_user u on u.id = pa.assignee_id
                where pa.advice_id = ?
                order by p.position""", statement -> {
            statement.setLong(1, adviceId);
            ResultSet rows = statement.executeQuery();
            List<AdviceAssignments.PointAssignment> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new AdviceAssignments.PointAssignment(
                        rows.getLong(1),
                        rows.getString(2),
                        new AdviceAssignments.Person(rows.getLong(3), rows.getString(4)),
                        rows.getObject(5, java.time.LocalDate.class),
                        rows.getBoolean(6)));
            }
            return found;
        });
    }
}
