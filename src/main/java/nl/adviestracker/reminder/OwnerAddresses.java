package nl.adviestracker.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PagedQuery;
import nl.adviestracker.shared.ProblemException;

/** The owner-address table (where reminders for a department go) and the log of reminders sent. */
@Singleton
public class OwnerAddresses {

    @Serdeable
    public record OwnerAddress(long id, String owner, String email) {}

    @Serdeable
    public record Sent(String kind, long subjectId, String recipient, String period, Instant sentAt) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    OwnerAddresses(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<OwnerAddress> list() {
        return jdbc.prepareStatement("select id, owner, email from owner_address order by lower(owner)", statement -> {
            ResultSet result = statement.executeQuery();
            List<OwnerAddress> list = new ArrayList<>();
            while (result.next()) {
                list.add(new OwnerAddress(result.getLong(1), result.getString(2), result.getString(3)));
            }
            return list;
        });
    }

    /** Sets where reminders for this owner go; an owner already listed (in any case) gets the new address. */
    @Transactional
    public OwnerAddress set(String owner, String email) {
        OwnerAddress saved = jdbc.prepareStatement("""
                insert into owner_address (owner, email) values (?, ?)
                on conflict (organisation_id, (lower(owner))) do update set email = excluded.email, owner = excluded.owner
                returning id, owner, email""", statement -> {
            statement.setString(1, owner.strip());
            statement.setString(2, email.strip());
            ResultSet result = statement.executeQuery();
            result.next();
            return new OwnerAddress(result.getLong(1), result.getString(2), result.getString(3));
        });
        audit.record(
                "UPDATED",
                "owner_address",
                saved.id(),
                null,
                null,
                Map.of("owner", saved.owner(), "email", saved.email()));
        return saved;
    }

    @Transactional
    public void delete(long id) {
        int deleted = jdbc.prepareStatement("delete from owner_address where id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
        if (deleted == 0) {
            throw ProblemException.notFound("Adres " + id);
        }
        audit.record("DELETED", "owner_address", id, null, null, null);
    }

    /** One page of the reminders sent, newest first. */
    @Transactional(readOnly = true)
    public PageOf<Sent> sent(PageRequest page) {
        return PagedQuery.run(
                jdbc,
                "select kind, subject_id, recipient, period, sent_at",
                "from reminder_sent",
                "",
                List.of(),
                "sent_at desc, id desc",
                page,
                rows -> new Sent(
                        rows.getString(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getTimestamp(5).toInstant()));
    }

    /**
     * The owners reminders are about now: those of open follow-ups and the departments of advices that
     * await an answer, without regard to case, in alphabetical order.
     */
    @Transactional(readOnly = true)
    public List<String> ownersInUse() {
        return jdbc.prepareStatement("""
                select min(owner) from (
                    select owner from followup where status in ('OPEN', 'IN_PROGRESS') and owner is not null
                    union all
                    select department from advice
                    where status = 'RECEIVED' and department is not null and deleted_at is null
                ) as owners where owner <> '' group by lower(owner) order by lower(min(owner))""", statement -> {
            ResultSet result = statement.executeQuery();
            List<String> owners = new ArrayList<>();
            while (result.next()) {
                owners.add(result.getString(1));
            }
            return owners;
        });
    }

    /** The latest reminders sent, newest first. */
    @Transactional(readOnly = true)
    public List<Sent> sent(int limit) {
        return jdbc.prepareStatement(
                "select kind, subject_id, recipient, period, sent_at from reminder_sent "
                        + "order by sent_at desc, id desc limit ?",
                statement -> {
                    statement.setInt(1, limit);
                    ResultSet result = statement.executeQuery();
                    List<Sent> list = new ArrayList<>();
                    while (result.next()) {
                        list.add(new Sent(
                                result.getString(1),
                                result.getLong(2),
                                result.getString(3),
                                result.getString(4),
                                result.getTimestamp(5).toInstant()));
                    }
                    return list;
                });
    }
}
