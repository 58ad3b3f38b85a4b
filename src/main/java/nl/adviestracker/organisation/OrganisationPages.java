package nl.adviestracker.organisation;

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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.tenancy.OrganisationContext;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The super-admin's screen: the deployment's organisations, and a new one with its first admin, who
 * then logs in and sets up its bodies, users and letterhead. The same use case as {@code POST
 * /api/organisations}.
 */
@Controller("/admin/organisations")
@Secured(Roles.SUPERADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class OrganisationPages {

    private static final String PATH = "/admin/organisations";

    private final Views views;
    private final Organisations organisations;
    private final Validator validator;

    OrganisationPages(Views views, Organisations organisations, Validator validator) {
        this.views = views;
        this.organisations = organisations;
        this.validator = validator;
    }

    public record OrganisationRow(Organisation organisation, String publicHref) {}

    public record OrganisationsView(
            Frame frame,
            @Nullable String notice,
            List<OrganisationRow> organisations,
            Form form,
            Form.Field name,
            Form.Field slug,
            Form.Field collegeName,
            Form.Field username,
            Form.Field adminName,
            Form.Field email,
            Form.Field password) {}

    @Serdeable
    public record OrganisationForm(
            @Nullable String name,
            @Nullable String slug,
            @Nullable String collegeName,
            @Nullable String username,
            @Nullable String adminName,
            @Nullable String email,
            @Nullable String password,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(
            Authentication authentication,
            @Nullable @QueryValue String melding,
            @Nullable @QueryValue String beheerder) {
        String notice = "aangemaakt".equals(melding) && beheerder != null
                ? "De organisatie is aangemaakt. Haar beheerder logt in als " + beheerder
                        + " en richt adviesorganen, gebruikers en briefpapier in."
                : null;
        return views.page("admin/organisations", view(authentication, emptyForm(), notice));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(Authentication authentication, @Body OrganisationForm posted) {
        Form form = emptyForm()
                .set("name", posted.name())
                .set("slug", posted.slug())
                .set("collegeName", posted.collegeName())
                .set("username", posted.username())
                .set("adminName", posted.adminName())
                .set("email", posted.email())
                .set("password", posted.password());
        NewOrganisation input = new NewOrganisation(
                nonNull(form.text("name")),
                nonNull(form.text("slug")),
                nonNull(form.text("collegeName")),
                new NewOrganisation.FirstAdmin(
                        nonNull(form.text("username")),
                        nonNull(form.text("adminName")),
                        nonNull(form.text("email")),
                        form.value("password")));
        violations(form, validator.validate(input));
        if (!form.hasErrors()) {
            try {
                Organisations.Created created = organisations.create(input);
                return Redirects.seeOther(PATH + "?melding=aangemaakt&beheerder="
                        + java.net.URLEncoder.encode(
                                created.admin().username(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        form.set("password", ""); // a password is never sent back
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "admin/organisations", view(authentication, form, null));
    }

    /** The first admin's fields are nested in the input; on the form they stand beside the organisation's. */
    private static void violations(Form form, Set<ConstraintViolation<NewOrganisation>> violations) {
        for (ConstraintViolation<NewOrganisation> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = switch (path) {
                case "admin.name" -> "adminName";
                case "admin.username" -> "username";
                case "admin.email" -> "email";
                case "admin.password" -> "password";
                default -> path;
            };
            form.error(field, violation.getMessage());
        }
    }

    private OrganisationsView view(Authentication authentication, Form form, @Nullable String notice) {
        List<OrganisationRow> rows = organisations.list().stream()
                .map(organisation -> new OrganisationRow(
                        organisation, "/public?" + OrganisationContext.PUBLIC_PARAMETER + "=" + organisation.slug()))
                .toList();
        return new OrganisationsView(
                Frame.of("Organisaties", authentication, PATH),
                notice,
                rows,
                form,
                form.field("name"),
                form.field("slug"),
                form.field("collegeName"),
                form.field("username"),
                form.field("adminName"),
                form.field("email"),
                form.field("password"));
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static Form emptyForm() {
        return Form.named("organisatie-")
                .label("name", "Naam")
                .label("slug", "Korte naam")
                .label("collegeName", "Ondertekening van brieven")
                .label("username", "Gebruikersnaam van de beheerder")
                .label("adminName", "Naam van de beheerder")
                .label("email", "E-mailadres van de beheerder")
                .label("password", "Eerste wachtwoord")
                .set("name", "")
                .set("slug", "")
                .set("collegeName", "")
                .set("username", "")
                .set("adminName", "")
                .set("email", "")
                .set("password", "");
    }
}
