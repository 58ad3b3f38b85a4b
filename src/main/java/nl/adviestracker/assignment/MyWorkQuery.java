package nl.adviestracker.assignment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.response.ReviewState;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;

/** "Mijn werk": what is assigned to the signed-in official and what waits for their review. */
@Singleton
public class MyWorkQuery {

    private final JdbcOperations jdbc;
    private final WorkflowSettingsStore settings;

    MyWorkQuery(JdbcOperations jdbc, WorkflowSettingsStore settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public MyWork of(SignedInUser user, LocalDate today) {
        if (!user.isStaff()) {
            throw ProblemException.forbidden("Mijn werk is er voor medewerkers van de gemeente.");
        }
        List<MyWork.AssignedPoint> late = new ArrayList<>();
        List<MyWork.AssignedPoint> assigned = new ArrayList<>();
        for (MyWork.AssignedPoint point : assignedTo(user.userId())) {
            (point.internalDueOn().isBefore(today) ? late : assigned).add(point);
        }
        WorkflowSettings current = settings.current();
        return new MyWork(
                late,
                assigned,
                current.mayReviewResponses(user) ? toReview(user.userId()) : List.of(),
                led(user.userId(), today, current.responseReviewRequired()));
    }

    /**
     * The advices I lead that are still being answered, soonest due first, with what is left to divide and to
     * approve. Late as {@link nl.adviestracker.advice.Advice#isOverdue} says: due before today and not answered.
     */
    private List<MyWork.Led> led(long userId, LocalDate today, boolean reviewed) {
        return jdbc.prepareStatement("""
                select a.id, a.subject, a.response_due_on,
                       (select count(*) from point p where p.advice_id = a.id
                          and not exists (select 1 from point_assignment pa where pa.point_id = p.id)),
                       (select count(*) from response r where r.advice_id = a.id and r.review_state <> 'APPROVED')
                from advice_lead l join advice a on a.id = l.advice_id
                where l.lead_official_id = ? and a.deleted_at is null and a.status = 'RECEIVED'
                order by a.response_due_on, a.id""", statement -> {
            statement.setLong(1, userId);
            ResultSet rows = statement.executeQuery();
            List<MyWork.Led> found = new ArrayList<>();
            while (rows.next()) {
                long adviceId = rows.getLong(1);
                LocalDate dueOn = rows.getObject(3, LocalDate.class);
                found.add(new MyWork.Led(
                        adviceId,
                        rows.getString(2),
                        dueOn,
                        rows.getInt(4),
                        reviewed ? rows.getInt(5) : 0,
                        dueOn.isBefore(today),
                        "/advices/" + adviceId));
            }
            return found;
        });
    }

    /** Points assigned to me without an approved response, on advices still being answered; soonest due first. */
    private List<MyWork.AssignedPoint> assignedTo(long userId) {
        return jdbc.prepareStatement(
                """
                select a.id, a.subject, p.id, p.label, pa.internal_due_on, r.id, r.review_state, r.review_comment
                from point_assignment pa
                join point p on p.id = pa.point_id
                join advice a on a.id = pa.advice_id
                left join response_point rp on rp.point_id = p.id
                left join response r on r.id = rp.response_id
                where pa.assignee_id = ? and\s""" + OpenAssignments.OPEN_POINT + " order by pa.internal_due_on, a.id, p.position", statement -> {
                    statement.setLong(1, userId);
                    ResultSet rows = statement.executeQuery();
                    List<MyWork.AssignedPoint> found = new ArrayList<>();
                    while (rows.next()) {
                        long adviceId = rows.getLong(1);
                        long pointId = rows.getLong(3);
                        Long responseId = rows.getObject(6, Long.class);
                        String state = rows.getString(7);
                        found.add(new MyWork.AssignedPoint(
                                adviceId,
                                rows.getString(2),
                                pointId,
                                rows.getString(4),
                                rows.getObject(5, LocalDate.class),
                                responseId,
                                state == null
                                        ? null
                                        : ReviewState.valueOf(state).dutch(),
                                rows.getString(8),
                                responseId == null
                                        ? "/advices/" + adviceId + "#punt-" + pointId
                                        : "/advices/" + adviceId + "#reactie-" + responseId));
                    }
                    return found;
                });
    }

    private static List<String> labels(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Responses offered for review that I did not write, on advices whose letter is not final; oldest first. */
    private List<MyWork.ReviewWaiting> toReview(long userId) {
        return jdbc.prepareStatement("""
                select a.id, a.subject, r.id,
                       (select array_agg(p.label order by p.position)
                        from response_point rp join point p on p.id = rp.point_id where rp.response_id = r.id),
                       r.review_state_at,
                       (select array_agg(p.label order by p.position) from point p where p.advice_id = a.id)
                from response r join advice a on a.id = r.advice_id
                where r.review_state = 'READY_FOR_REVIEW' and r.written_by_id is distinct from ?
                  and a.deleted_at is null and a.letter_final_at is null
                order by r.review_state_at, r.id""", statement -> {
            statement.setLong(1, userId);
            ResultSet rows = statement.executeQuery();
            List<MyWork.ReviewWaiting> found = new ArrayList<>();
            while (rows.next()) {
                long adviceId = rows.getLong(1);
                long responseId = rows.getLong(3);
                List<String> covered = labels(rows.getArray(4));
                found.add(new MyWork.ReviewWaiting(
                        adviceId,
                        rows.getString(2),
                        responseId,
                        covered.isEmpty() ? "geen punt" : PointReferences.of(labels(rows.getArray(6)), covered),
                        rows.getObject(5, java.time.OffsetDateTime.class)
                                .atZoneSameInstant(DutchDates.ZONE)
                                .toLocalDate(),
                        "/advices/" + adviceId + "#reactie-" + responseId));
            }
            return found;
        });
    }
}
