package nl.adviestracker.body;

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
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The admin's screens for the organisation's advisory bodies: their names, where letters and
 * notifications go (postal address, contact e-mail), the response term and the project groups. A body
 * is never deleted, as its advices keep referring to it; it can be dissolved (and reopened).
 */
@Controller("/admin/bodies")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class BodyAdminPages {

    private static final String LIST = "/admin/bodies";

    private final Views views;
    private final Bodies bodies;
    private final Validator validator;

    BodyAdminPages(Views views, Bodies bodies, Validator validator) {
        this.views = views;
        this.bodies = bodies;
        this.validator = validator;
    }

    public record BodyRow(
            long id,
            String name,
            String shortName,
            String term,
            @Nullable String contactEmail,
            String groups,
            @Nullable String dissolvedOn) {}

    public record BodiesView(Frame frame, @Nullable String notice, List<BodyRow> bodies) {}

    public record BodyView(
            Frame frame,
            boolean isNew,
            @Nullable Long id,
            String heading,
            @Nullable String notice,
            Form form,
            String version,
            Form.Field name,
            Form.Field shortName,
            Form.Field contactName,
            Form.Field contactEmail,
            Form.Field postalAddress,
            Form.Field responseTermLength,
            Form.Field responseTermUnit,
            List<ProjectGroup> groups,
            Form groupForm,
            Form.Field groupName,
            @Nullable String dissolvedOn) {}

    @Serdeable
    public record BodyForm(
            @Nullable String name,
            @Nullable String shortName,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable String postalAddress,
            @Nullable String responseTermLength,
            @Nullable String responseTermUnit,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record GroupForm(@Nullable String name, @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(Authentication authentication, @Nullable @QueryValue String melding) {
        List<BodyRow> rows = bodies.list().stream()
                .map(body -> new BodyRow(
                        body.id(),
                        body.name(),
                        body.shortName(),
                        ResponseTerm.of(body).dutch(),
                        body.contactEmail(),
                        String.join(
                                ", ",
                                bodies.projectGroups(body.id()).stream()
                                        .map(ProjectGroup::name)
                                        .toList()),
                        dissolvedOn(body)))
                .toList();
        return views.page(
                "admin/bodies", new BodiesView(Frame.of("Adviesorganen", authentication, LIST), notice(melding), rows));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    HttpResponse<String> newBody(Authentication authentication) {
        Form form = emptyForm().set("responseTermLength", 6).set("responseTermUnit", ResponseTermUnit.WEEKS.name());
        return views.page("admin/body", view(authentication, null, form, groupForm(), null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(Authentication authentication, @Body BodyForm posted) {
        Form form = formOf(posted);
        BodyInput input = input(form);
        if (!form.hasErrors()) {
            try {
                AdvisoryBody created = bodies.create(input);
                return Redirects.seeOther(LIST + "/" + created.id() + "?melding=aangemaakt");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY, "admin/body", view(authentication, null, form, groupForm(), null));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> edit(Authentication authentication, long id, @Nullable @QueryValue String melding) {
        AdvisoryBody body = bodies.get(id);
        return views.page("admin/body", view(authentication, body, formOf(body), groupForm(), notice(melding)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(Authentication authentication, long id, @Body BodyForm posted) {
        AdvisoryBody current = bodies.get(id);
        Form form = formOf(posted);
        BodyInput input = input(form);
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!form.hasErrors()) {
            try {
                bodies.update(id, input);
                return Redirects.seeOther(LIST + "/" + id + "?melding=opgeslagen");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT) {
                    status = HttpStatus.CONFLICT;
                    current = bodies.get(id);
                    form.set("version", current.version());
                    form.generalError("Iemand anders heeft dit adviesorgaan intussen gewijzigd. Controleer uw invoer "
                            + "en sla opnieuw op om uw versie te bewaren.");
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(status, "admin/body", view(authentication, current, form, groupForm(), null));
    }

    @Post(
            value = "/{id}/project-groups",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> addGroup(Authentication authentication, long id, @Body GroupForm posted) {
        AdvisoryBody body = bodies.get(id);
        Form group = groupForm().set("name", posted.name());
        String name = group.text("name");
        if (!group.hasErrors()) {
            try {
                bodies.addProjectGroup(id, name);
                return Redirects.seeOther(LIST + "/" + id + "?melding=projectgroep#projectgroepen");
            } catch (ProblemException problem) {
                group.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY, "admin/body", view(authentication, body, formOf(body), group, null));
    }

    @Post(value = "/{id}/dissolve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> dissolve(long id, @Body PlainForm posted) {
        bodies.dissolve(id);
        return Redirects.seeOther(LIST + "/" + id + "?melding=opgeheven");
    }

    @Post(value = "/{id}/reopen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reopen(long id, @Body PlainForm posted) {
        bodies.reopen(id);
        return Redirects.seeOther(LIST + "/" + id + "?melding=heropend");
    }

    private BodyInput input(Form form) {
        Long length = form.number("responseTermLength");
        Long version = form.number("version");
        BodyInput input = new BodyInput(
                nonNull(form.text("name")),
                nonNull(form.text("shortName")),
                form.text("contactName"),
                form.text("postalAddress"),
                form.text("contactEmail"),
                length == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, length)),
                form.choice("responseTermUnit", ResponseTermUnit.class),
                null,
                version == null ? null : version.intValue());
        form.violations(validator.validate(input));
        return input;
    }

    /** Blank becomes the empty string, which validation names as missing. */
    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    private BodyView view(
            Authentication authentication,
            @Nullable AdvisoryBody body,
            Form form,
            Form groupForm,
            @Nullable String notice) {
        String heading = body == null ? "Nieuw adviesorgaan" : body.name();
        List<Form.Option> units = Form.options(ResponseTermUnit.values(), ResponseTermUnit::dutch);
        return new BodyView(
                Frame.of(heading, authentication, LIST),
                body == null,
                body == null ? null : body.id(),
                heading,
                notice,
                form,
                form.value("version"),
                form.field("name"),
                form.field("shortName"),
                form.field("contactName"),
                form.field("contactEmail"),
                form.field("postalAddress"),
                form.field("responseTermLength"),
                form.field("responseTermUnit", units),
                body == null ? List.of() : bodies.projectGroups(body.id()),
                groupForm,
                groupForm.field("name"),
                body == null ? null : dissolvedOn(body));
    }

    private static @Nullable String dissolvedOn(AdvisoryBody body) {
        return body.dissolved() ? DutchDates.format(body.dissolvedOn()) : null;
    }

    private static Form emptyForm() {
        return Form.named("orgaan-")
                .label("name", "Naam")
                .label("shortName", "Afkorting")
                .label("contactName", "Ter attentie van")
                .label("contactEmail", "E-mailadres voor brieven en berichten")
                .label("postalAddress", "Postadres")
                .label("responseTermLength", "Reactietermijn")
                .label("responseTermUnit", "Eenheid van de termijn")
                .set("name", "")
                .set("shortName", "")
                .set("contactName", "")
                .set("contactEmail", "")
                .set("postalAddress", "")
                .set("responseTermLength", "")
                .set("responseTermUnit", "")
                .set("version", "");
    }

    private static Form formOf(BodyForm posted) {
        return emptyForm()
                .set("name", posted.name())
                .set("shortName", posted.shortName())
                .set("contactName", posted.contactName())
                .set("contactEmail", posted.contactEmail())
                .set("postalAddress", posted.postalAddress())
                .set("responseTermLength", posted.responseTermLength())
                .set("responseTermUnit", posted.responseTermUnit())
                .set("version", posted.version());
    }

    private static Form formOf(AdvisoryBody body) {
        return emptyForm()
                .set("name", body.name())
                .set("shortName", body.shortName())
                .set("contactName", body.contactName())
                .set("contactEmail", body.contactEmail())
                .set("postalAddress", body.postalAddress())
                .set("responseTermLength", body.responseTermLength())
                .set("responseTermUnit", body.responseTermUnit().name())
                .set("version", body.version());
    }

    private static Form groupForm() {
        return Form.named("projectgroep-")
                .label("name", "Naam van de projectgroep")
                .set("name", "");
    }

    private static @Nullable String notice(@Nullable String melding) {
        if (melding == null) {
            return null;
        }
        return switch (melding) {
            case "aangemaakt" -> "Het adviesorgaan is aangemaakt. Voeg hieronder zijn projectgroepen toe.";
            case "opgeslagen" -> "De gegevens van het adviesorgaan zijn opgeslagen.";
            case "projectgroep" -> "De projectgroep is toegevoegd.";
            case "opgeheven" -> "Het adviesorgaan is opgeheven. Zijn adviezen blijven zoals ze zijn.";
            case "heropend" -> "Het adviesorgaan is heropend.";
            default -> null;
        };
    }
}
