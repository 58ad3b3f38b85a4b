package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Roles;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/** Running the reminders by hand, what was sent, and where owners' reminders go (managers and admins). */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.MANAGER, Roles.ADMIN})
class ReminderApi {

    private final Reminders reminders;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ReminderApi(Reminders reminders, JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    record Sent(String kind, long subjectId, String recipient, String period, Instant sentAt) {}

    @Serdeable
    record OwnerAddress(long id, String owner, String email) {}

    @Serdeable
    record OwnerAddressInput(
            @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten") String owner,
            @NotBlank(message = "is verplicht") @Email(message = "is geen geldig e-mailadres") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten") String email) {}

    /** Sends today's reminders now; what was sent before is not sent again. */
    @Post("/reminders/daily")
    Reminders.RunResult runDaily() {
        return reminders.daily(LocalDate.now(clock));
    }

    @Post("/reminders/weekly")
    Reminders.RunResult runWeekly() {
        return reminders.weekly(LocalDate.now(clock));
    }

    /** The latest reminders sent, newest first. */
    @Get("/reminders/sent")
    @Transactional(readOnly = true)
    List<Sent> sent(@Nullable @QueryValue Integer limit) {
        int rows = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return jdbc.prepareStatement("select kind, subject_id, recipient, period, sent_at from reminder_sent "
                + "order by sent_at desc, id desc limit ?", statement -> {
            statement.setInt(1, rows);
            ResultSet result = statement.executeQuery();
            List<Sent> list = new ArrayList<>();
            while (result.next()) {
                list.add(new Sent(result.getString(1), result.getLong(2), result.getString(3), result.getString(4),
                        result.getTimestamp(5).toInstant()));
            }
            return list;
        });
    }

    @Get("/owner-addresses")
    @Transactional(readOnly = true)
    List<OwnerAddress> ownerAddresses() {
        return jdbc.prepareStatement("select id, owner, email from owner_address order by lower(owner)", statement -> {
            ResultSet result = statement.executeQuery();
            List<OwnerAddress> list = new ArrayList<>();
            while (result.next()) {
                list.add(new OwnerAddress(result.getLong(1), result.getString(2), result.getString(3)));
            }
            return list;
        });
    }

    /** Sets where reminders for this owner go; an owner already listed gets the new address. */
    @Post("/owner-addresses")
    @Transactional
    HttpResponse<OwnerAddress> setOwnerAddress(@Valid @Body OwnerAddressInput input) {
        OwnerAddress saved = jdbc.prepareStatement("""
                insert into owner_address (owner, email) values (?, ?)
                on conflict ((lower(owner))) do update set email = excluded.email, owner = excluded.owner
                returning id, owner, email""", statement -> {
            statement.setString(1, input.owner().strip());
            statement.setString(2, input.email().strip());
            ResultSet result = statement.executeQuery();
            result.next();
            return new OwnerAddress(result.getLong(1), result.getString(2), result.getString(3));
        });
        audit.record("UPDATED", "owner_address", saved.id(), null, null, Map.of("owner", saved.owner(), "email", saved.email()));
        return HttpResponse.created(saved);
    }

    @Delete("/owner-addresses/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Transactional
    void deleteOwnerAddress(long id) {
        int deleted = jdbc.prepareStatement("delete from owner_address where id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
        if (deleted == 0) {
            throw ProblemException.notFound("Adres " + id);
        }
        audit.record("DELETED", "owner_address", id, null, null, null);
    }
}
