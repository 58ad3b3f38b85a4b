package nl.adviestracker.privacy;

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
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.Users;
import nl.adviestracker.letter.PdfRenderer;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /privacy}: the admin answers a data subject's request for one member or staff account: what
 * the tool holds (on screen, as JSON and as PDF) and erasure.
 */
@Controller("/privacy")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class PrivacyPage {

    private final Views views;
    private final Users users;
    private final PersonalDataRequests requests;
    private volatile PdfRenderer pdf;

    PrivacyPage(Views views, Users users, PersonalDataRequests requests) {
        this.views = views;
        this.users = users;
        this.requests = requests;
    }

    public record AccountRow(long id, String username, String name, String role, boolean active) {}

    public record ListView(Frame frame, List<AccountRow> accounts) {}

    public record PersonView(Frame frame, @Nullable String notice, PersonalData data, boolean erased, Form form) {}

    @Serdeable
    public record EraseForm(
            @Nullable String confirm, @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(SignedInUser user) {
        return views.page(
                "privacy",
                new ListView(
                        frame("Persoonsgegevens", user, "/privacy"),
                        users.list().stream()
                                .map(u -> new AccountRow(
                                        u.id(), u.username(), u.name(), u.role().dutch(), u.active()))
                                .toList()));
    }

    @Get(value = "/users/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> person(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page(
                "privacy-person",
                personView(
                        user, id, "gewist".equals(melding) ? "De gebruiker is gewist." : null, Form.named("wissen-")));
    }

    @Get(value = "/users/{id}/export.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<PersonalData> json(long id) {
        return HttpResponse.ok(requests.export(id))
                .header("Content-Disposition", "attachment; filename=\"persoonsgegevens-" + id + ".json\"");
    }

    @Get(value = "/users/{id}/export.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(long id) {
        PersonalData data = requests.export(id);
        String xhtml = views.render("personal-data-pdf", new PdfView(data));
        return HttpResponse.ok(renderer().render(xhtml))
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"persoonsgegevens-" + id + ".pdf\"");
    }

    public record PdfView(PersonalData data) {}

    @Post(value = "/users/{id}/erase", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> erase(SignedInUser user, long id, @Body EraseForm form) {
        Form state = Form.named("wissen-").label("confirm", "Bevestiging").set("confirm", form.confirm());
        if (!"ja".equals(form.confirm())) {
            state.error("confirm", "vink aan dat u de gebruiker wilt wissen");
        } else {
            try {
                requests.erase(id);
                return Redirects.seeOther("/privacy/users/" + id + "?melding=gewist");
            } catch (ProblemException problem) {
                state.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "privacy-person", personView(user, id, null, state));
    }

    private PersonView personView(SignedInUser user, long id, @Nullable String notice, Form form) {
        PersonalData data = requests.export(id);
        return new PersonView(
                frame("Persoonsgegevens van " + data.account().name(), user, "/privacy"),
                notice,
                data,
                data.account().username().equals("verwijderd-" + id),
                form);
    }

    private PdfRenderer renderer() {
        if (pdf == null) {
            pdf = new PdfRenderer();
        }
        return pdf;
    }

    private static Frame frame(String title, SignedInUser user, String path) {
        return Frame.of(title, user, path, null);
    }
}
