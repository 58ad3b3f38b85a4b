package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The admin's screen for where reminders go: the owner-address table (departments and people with their
 * e-mail address), and every owner that reminders are about now with the address {@link OwnerDirectory}
 * finds for it, so an owner that would get no mail shows up before a reminder is missed.
 */
@Controller("/admin/owners")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class OwnerAddressPages {

    private static final String PATH = "/admin/owners";

    private final Views views;
    private final OwnerAddresses addresses;
    private final OwnerDirectory directory;
    private final Validator validator;

    OwnerAddressPages(Views views, OwnerAddresses addresses, OwnerDirectory directory, Validator validator) {
        this.views = views;
        this.addresses = addresses;
        this.directory = directory;
        this.validator = validator;
    }

    /** An owner reminders are about now, where its reminders go (null: nowhere), and the form to give it one. */
    public record OwnerInUse(String owner, @Nullable String email, String addHref) {}

    public record OwnersView(
            Frame frame,
            @Nullable String notice,
            List<OwnerAddresses.OwnerAddress> addresses,
            List<OwnerInUse> inUse,
            Form form,
            Form.Field owner,
            Form.Field email) {}

    @Serdeable
    public record AddressForm(
            @Nullable String owner,
            @Nullable String email,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(
            Authentication authentication,
            @Nullable @QueryValue String melding,
            @Nullable @QueryValue String eigenaar) {
        String notice = melding == null
                ? null
                : switch (melding) {
                    case "opgeslagen" -> "Het e-mailadres is opgeslagen.";
                    case "verwijderd" -> "Het e-mailadres is verwijderd.";
                    default -> null;
                };
        Form form = emptyForm().set("owner", eigenaar);
        return views.page("admin/owners", view(authentication, form, notice));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(Authentication authentication, @Body AddressForm posted) {
        Form form = emptyForm().set("owner", posted.owner()).set("email", posted.email());
        String owner = form.text("owner");
        String email = form.text("email");
        form.violations(validator.validate(new ReminderApi.OwnerAddressInput(owner, email)));
        if (!form.hasErrors()) {
            try {
                addresses.set(owner, email);
                return Redirects.seeOther(PATH + "?melding=opgeslagen");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "admin/owners", view(authentication, form, null));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Body PlainForm form) {
        addresses.delete(id);
        return Redirects.seeOther(PATH + "?melding=verwijderd");
    }

    private OwnersView view(Authentication authentication, Form form, @Nullable String notice) {
        List<OwnerInUse> inUse = addresses.ownersInUse().stream()
                .map(owner -> new OwnerInUse(
                        owner,
                        directory.resolve(owner).orElse(null),
                        Pager.Query.of(PATH).with("eigenaar", owner).href() + "#nieuw"))
                .toList();
        return new OwnersView(
                Frame.of("Uitvoerders en e-mailadressen", authentication, PATH),
                notice,
                addresses.list(),
                inUse,
                form,
                form.field("owner"),
                form.field("email"));
    }

    private static Form emptyForm() {
        return Form.named("adres-")
                .label("owner", "Uitvoerder of afdeling")
                .label("email", "E-mailadres")
                .set("owner", "")
                .set("email", "");
    }
}
