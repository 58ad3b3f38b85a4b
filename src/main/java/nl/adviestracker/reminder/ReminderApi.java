package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;

/** Running the reminders by hand, what was sent, and where owners' reminders go (managers and admins). */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.MANAGER, Roles.ADMIN})
class ReminderApi {

    private final Reminders reminders;
    private final OwnerAddresses addresses;
    private final Clock clock;

    ReminderApi(Reminders reminders, OwnerAddresses addresses, Clock clock) {
        this.reminders = reminders;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Serdeable
    record OwnerAddressInput(
            @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
            String owner,

            @NotBlank(message = "is verplicht")
            @Email(message = "is geen geldig e-mailadres")
            @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
            String email) {}

    /** Sends today's reminders now; what was sent before is not sent again. Without SMTP it only reports. */
    @Post("/reminders/daily")
    Reminders.RunResult runDaily() {
        return reminders.daily(LocalDate.now(clock));
    }

    @Post("/reminders/weekly")
    Reminders.RunResult runWeekly() {
        return reminders.weekly(LocalDate.now(clock));
    }

    /** The latest reminders sent, newest first ({@code limit}: 100 unless given, at most 1000). */
    @Get("/reminders/sent")
    List<OwnerAddresses.Sent> sent(@Nullable @QueryValue Integer limit) {
        return addresses.sent(limit == null ? 100 : Math.max(1, Math.min(limit, 1000)));
    }

    @Get("/owner-addresses")
    List<OwnerAddresses.OwnerAddress> ownerAddresses() {
        return addresses.list();
    }

    /** Sets where reminders for this owner go; an owner already listed gets the new address. */
    @Status(HttpStatus.CREATED)
    @Post("/owner-addresses")
    HttpResponse<OwnerAddresses.OwnerAddress> setOwnerAddress(@Valid @Body OwnerAddressInput input) {
        return HttpResponse.created(addresses.set(input.owner(), input.email()));
    }

    @Delete("/owner-addresses/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void deleteOwnerAddress(long id) {
        addresses.delete(id);
    }
}
