package nl.adviestracker.letter;

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
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.organisation.Organisation;
import nl.adviestracker.organisation.OrganisationInput;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /admin/letterhead}: the organisation's letterhead as its letters print it (the college that signs,
 * the signatories, phone, return address, logo), edited by its admin through the same update as
 * {@code PUT /api/organisation}. What an advice adds (department, portfolio holder) is set on the advice.
 */
@Controller("/admin/letterhead")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class LetterheadPage {

    private static final String PATH = "/admin/letterhead";

    private final Views views;
    private final Organisations organisations;
    private final Validator validator;

    LetterheadPage(Views views, Organisations organisations, Validator validator) {
        this.views = views;
        this.organisations = organisations;
        this.validator = validator;
    }

    @Serdeable
    public record LetterheadForm(
            @Nullable String name,
            @Nullable String collegeName,
            @Nullable String phone,
            @Nullable String postalAddress,
            @Nullable String signatories,
            @Nullable String logoReference,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record Screen(
            Frame frame,
            @Nullable String notice,
            Form form,
            String version,
            Form.Field name,
            Form.Field collegeName,
            Form.Field phone,
            Form.Field postalAddress,
            Form.Field signatories,
            Form.Field logoReference) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, @Nullable @QueryValue String melding) {
        Organisation current = current();
        Form form = form().set("name", current.name())
                .set("collegeName", current.collegeName())
                .set("phone", current.phone())
                .set("postalAddress", current.postalAddress())
                .set("signatories", String.join("\n", current.signatories()))
                .set("logoReference", current.logoReference())
                .set("version", current.version());
        return views.page(
                "admin/letterhead",
                screen(user, form, "opgeslagen".equals(melding) ? "Het briefpapier is opgeslagen." : null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser user, @Body LetterheadForm posted) {
        Organisation current = current();
        Form form = form().set("name", posted.name())
                .set("collegeName", posted.collegeName())
                .set("phone", posted.phone())
                .set("postalAddress", posted.postalAddress())
                .set("signatories", posted.signatories())
                .set("logoReference", posted.logoReference())
                .set("version", posted.version());
        Long version = form.number("version");
        OrganisationInput input = new OrganisationInput(
                form.text("name"),
                form.text("collegeName"),
                form.text("phone"),
                form.text("postalAddress"),
                lines(form.text("signatories")),
                form.text("logoReference"),
                current.houseFont(),
                current.houseColour(),
                version == null ? null : version.intValue());
        form.violations(validator.validate(input));
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!form.hasErrors()) {
            try {
                organisations.update(input);
                return Redirects.seeOther(PATH + "?melding=opgeslagen");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                    throw problem;
                }
                if (problem.status() == ProblemStatus.CONFLICT
                        && problem.fieldProblems().stream()
                                .allMatch(f -> f.field().equals("version"))) {
                    status = HttpStatus.CONFLICT;
                    form.generalError("Iemand anders heeft het briefpapier intussen gewijzigd. Controleer de gegevens "
                            + "en sla opnieuw op.");
                    form.set("version", current.version());
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(status, "admin/letterhead", screen(user, form, null));
    }

    private Organisation current() {
        return organisations.current().orElseThrow(() -> ProblemException.notFound("Organisatie"));
    }

    private static Screen screen(SignedInUser user, Form form, @Nullable String notice) {
        return new Screen(
                Frame.of("Briefpapier", user, PATH, null),
                notice,
                form,
                form.value("version"),
                form.field("name"),
                form.field("collegeName"),
                form.field("phone"),
                form.field("postalAddress"),
                form.field("signatories"),
                form.field("logoReference"));
    }

    private static Form form() {
        return Form.named("briefpapier-")
                .label("name", "Naam van de organisatie")
                .label("collegeName", "Ondertekenend college")
                .label("phone", "Telefoon")
                .label("postalAddress", "Retouradres")
                .label("signatories", "Ondertekenaars")
                .label("logoReference", "Logo");
    }

    /** One signatory a line; blank lines left out. */
    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
