package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.ProjectGroupRepository;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.ConfirmForm;
import nl.adviestracker.web.Confirmation;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * An ASDG member writes the body's advice: its details first, then its points (add, change, renumber,
 * move, delete) while it is a draft, and submits it, after which the text is the body's record.
 */
@Controller("/advices")
@Secured(Roles.ASDG)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class DraftPages {

    private final Views views;
    private final AdviceRegister register;
    private final AdviceScreen screen;
    private final Bodies bodies;
    private final ProjectGroupRepository groups;
    private final Validator validator;
    private final Clock clock;

    DraftPages(
            Views views,
            AdviceRegister register,
            AdviceScreen screen,
            Bodies bodies,
            ProjectGroupRepository groups,
            Validator validator,
            Clock clock) {
        this.views = views;
        this.register = register;
        this.screen = screen;
        this.bodies = bodies;
        this.groups = groups;
        this.validator = validator;
        this.clock = clock;
    }

    @Serdeable
    public record AdviceForm(
            @Nullable String projectGroupId,
            @Nullable String subject,
            @Nullable String kind,
            @Nullable String receivedOn,
            @Nullable String theirReference,
            @Nullable String theme,
            @Nullable String introduction,
            @Nullable String conclusion,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record PointForm(
            @Nullable String label,
            @Nullable String text,
            @Nullable String kind,
            @Nullable String documentReference,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record AdviceFormView(
            Frame frame,
            @Nullable Long adviceId,
            String bodyName,
            Form form,
            String version,
            Form.Field subject,
            Form.Field projectGroupId,
            Form.Field kind,
            Form.Field receivedOn,
            Form.Field theirReference,
            Form.Field theme,
            Form.Field introduction,
            Form.Field conclusion) {}

    public record PointFormView(
            Frame frame,
            long adviceId,
            String adviceSubject,
            long pointId,
            String version,
            Form form,
            Form.Field label,
            Form.Field text,
            Form.Field kind,
            Form.Field documentReference) {}

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    HttpResponse<String> newAdvice(SignedInUser user) {
        Form form = adviceForm(new AdviceForm(
                null, "", AdviceKind.UNSOLICITED.name(), LocalDate.now(clock).toString(), "", "", "", "", null, null));
        return views.page("advice-form", formView(user, null, form));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(SignedInUser user, @Body AdviceForm posted) {
        long bodyId = requireBody(user);
        Form form = adviceForm(posted);
        AdviceInput input = adviceInput(form, bodyId, null);
        if (!form.hasErrors()) {
            try {
                Advice advice = register.create(user, input);
                return Redirects.seeOther("/advices/" + advice.id() + "?melding=aangemaakt#nieuw-punt-kop");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "advice-form", formView(user, null, form));
    }

    @Get(value = "/{id}/edit", produces = MediaType.TEXT_HTML)
    HttpResponse<String> edit(SignedInUser user, long id) {
        Advice advice = draftOf(user, id);
        Form form = adviceForm(new AdviceForm(
                advice.projectGroupId() == null ? "" : advice.projectGroupId().toString(),
                advice.subject(),
                advice.kind().name(),
                advice.receivedOn().toString(),
                advice.theirReference(),
                advice.theme(),
                advice.introduction(),
                advice.conclusion(),
                String.valueOf(advice.version()),
                null));
        return views.page("advice-form", formView(user, id, form));
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(SignedInUser user, long id, @Body AdviceForm posted) {
        Advice advice = draftOf(user, id);
        Form form = adviceForm(posted);
        AdviceInput input = adviceInput(form, advice.bodyId(), form.number("version"));
        if (!form.hasErrors()) {
            try {
                register.update(
                        id,
                        new AdviceInput(
                                input.bodyId(),
                                input.projectGroupId(),
                                input.subject(),
                                input.kind(),
                                input.receivedOn(),
                                input.theirReference(),
                                advice.ourReference(),
                                input.theme(),
                                advice.department(),
                                advice.portfolioHolder(),
                                null,
                                advice.supplementsAdviceId(),
                                input.introduction(),
                                input.conclusion(),
                                null,
                                null,
                                input.version()),
                        user);
                return Redirects.seeOther("/advices/" + id + "?melding=gegevens");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "advice-form", formView(user, id, form));
    }

    @Post(value = "/{id}/points", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addPoint(SignedInUser user, long id, @Body PointForm posted) {
        draftOf(user, id);
        Form form = pointForm("nieuw-punt-", posted);
        PointInput input = pointInput(form, null);
        if (!form.hasErrors()) {
            try {
                Point point = register.addPoint(id, input, user);
                return Redirects.seeOther("/advices/" + id + "?melding=punt#punt-" + point.id());
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "advice",
                screen.view(id, user, AdviceScreen.Forms.empty().withNewPoint(form), null));
    }

    @Get(value = "/{id}/points/{pointId}/edit", produces = MediaType.TEXT_HTML)
    HttpResponse<String> editPoint(SignedInUser user, long id, long pointId) {
        Advice advice = draftOf(user, id);
        Point point = register.point(id, pointId);
        Form form = pointForm(
                "punt-",
                new PointForm(
                        point.label(),
                        point.text(),
                        point.kind().name(),
                        point.documentReference(),
                        String.valueOf(point.version()),
                        null));
        return views.page("point-form", pointView(user, advice, pointId, form));
    }

    @Post(
            value = "/{id}/points/{pointId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> updatePoint(SignedInUser user, long id, long pointId, @Body PointForm posted) {
        Advice advice = draftOf(user, id);
        Form form = pointForm("punt-", posted);
        PointInput input = pointInput(form, form.number("version"));
        if (!form.hasErrors()) {
            try {
                register.updatePoint(id, pointId, input, user);
                return Redirects.seeOther("/advices/" + id + "?melding=punt#punt-" + pointId);
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT && problem.current() instanceof Point theirs) {
                    form.set("version", theirs.version());
                    form.generalError("Iemand anders heeft dit punt intussen gewijzigd in: \"" + theirs.label() + ". "
                            + theirs.text() + "\". Sla opnieuw op om uw versie te bewaren.");
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "point-form", pointView(user, advice, pointId, form));
    }

    @Post(value = "/{id}/points/{pointId}/up", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> up(SignedInUser user, long id, long pointId, @Body PlainForm form) {
        return move(user, id, pointId, -1);
    }

    @Post(value = "/{id}/points/{pointId}/down", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> down(SignedInUser user, long id, long pointId, @Body PlainForm form) {
        return move(user, id, pointId, 1);
    }

    @Post(value = "/{id}/points/{pointId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deletePoint(SignedInUser user, long id, long pointId, @Body PlainForm form) {
        draftOf(user, id);
        register.deletePoint(id, pointId, user);
        return Redirects.seeOther("/advices/" + id + "?melding=punt-verwijderd#punten-kop");
    }

    @Post(value = "/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(SignedInUser user, long id, @Body ConfirmForm form) {
        Advice draft = draftOf(user, id);
        if (!form.confirmed()) {
            int points = register.pointsOf(draft).size();
            return views.page(
                    "confirm",
                    new Confirmation(
                            Frame.of("Advies indienen?", user, "/advices", null),
                            "Het advies '" + draft.subject() + "' indienen bij het college?",
                            List.of(
                                    "Het college ontvangt het advies met " + points
                                            + (points == 1 ? " punt" : " punten") + " en de reactietermijn gaat lopen.",
                                    "Daarna ligt de tekst vast: u kunt de gegevens en de punten niet meer wijzigen.",
                                    "U ziet de reacties van het college per punt zodra de antwoordbrief is verzonden."),
                            "/advices/" + id + "/submit",
                            List.of(),
                            "Ja, advies indienen",
                            "/advices/" + id,
                            "Nee, terug naar het concept",
                            false));
        }
        try {
            register.submit(id, user);
            return Redirects.seeOther("/advices/" + id + "?melding=ingediend");
        } catch (ProblemException problem) {
            if (problem.fieldProblems().isEmpty()) {
                throw problem; // not allowed, or not a move from here: the error page says why
            }
            Form points = AdviceScreen.Forms.emptyPoint().problems(problem);
            return views.page(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "advice",
                    screen.view(id, user, AdviceScreen.Forms.empty().withNewPoint(points), null));
        }
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(SignedInUser user, long id, @Body ConfirmForm form) {
        Advice draft = draftOf(user, id);
        if (!form.confirmed()) {
            return views.page(
                    "confirm",
                    new Confirmation(
                            Frame.of("Concept verwijderen?", user, "/advices", null),
                            "Het concept '" + draft.subject() + "' verwijderen?",
                            List.of(
                                    "Het concept en al zijn punten worden verwijderd.",
                                    "Het college heeft het nooit gezien."),
                            "/advices/" + id + "/delete",
                            List.of(),
                            "Ja, concept verwijderen",
                            "/advices/" + id,
                            "Nee, terug naar het concept",
                            true));
        }
        register.delete(id, user);
        return Redirects.seeOther("/advices?status=DRAFT&melding=concept-verwijderd");
    }

    private HttpResponse<?> move(SignedInUser user, long id, long pointId, int step) {
        draftOf(user, id);
        List<Long> order =
                new ArrayList<>(register.points(id).stream().map(Point::id).toList());
        int at = order.indexOf(pointId);
        if (at < 0) {
            throw ProblemException.notFound("Punt " + pointId + " van advies " + id);
        }
        int to = Math.max(0, Math.min(order.size() - 1, at + step));
        order.remove(at);
        order.add(to, pointId);
        register.reorder(id, order, user);
        return Redirects.seeOther("/advices/" + id + "?melding=volgorde#punt-" + pointId);
    }

    /** The advice, if it is this member's body's draft. */
    private Advice draftOf(SignedInUser user, long id) {
        return register.draft(user, id);
    }

    private static long requireBody(SignedInUser user) {
        if (user.bodyId() == null) {
            throw AdviceAccess.forbidden("Alleen leden van een adviesorgaan voeren adviezen in.");
        }
        return user.bodyId();
    }

    private static Form adviceForm(AdviceForm posted) {
        return Form.named("advies-")
                .label("kind", "Soort advies")
                .set("projectGroupId", posted.projectGroupId())
                .set("subject", posted.subject())
                .set("kind", posted.kind())
                .set("receivedOn", posted.receivedOn())
                .set("theirReference", posted.theirReference())
                .set("theme", posted.theme())
                .set("introduction", posted.introduction())
                .set("conclusion", posted.conclusion())
                .set("version", posted.version());
    }

    private AdviceInput adviceInput(Form form, long bodyId, @Nullable Long version) {
        if (form.value("receivedOn").isBlank()) {
            form.error("receivedOn", "is verplicht");
        }
        AdviceInput input = new AdviceInput(
                bodyId,
                form.number("projectGroupId"),
                form.text("subject"),
                form.choice("kind", AdviceKind.class),
                form.date("receivedOn"),
                form.text("theirReference"),
                null,
                form.text("theme"),
                null,
                null,
                null,
                null,
                form.text("introduction"),
                form.text("conclusion"),
                AdviceStatus.DRAFT,
                List.of(),
                version == null ? null : version.intValue());
        form.violations(validator.validate(input));
        return input;
    }

    private AdviceFormView formView(SignedInUser user, @Nullable Long adviceId, Form form) {
        long bodyId = requireBody(user);
        AdvisoryBody body = bodies.get(bodyId);
        List<Form.Option> groupOptions = groups.findByBodyIdOrderByName(bodyId).stream()
                .map(g -> Form.Option.of(String.valueOf(g.id()), g.name()))
                .toList();
        List<Form.Option> kinds = List.of(
                Form.Option.of(AdviceKind.UNSOLICITED.name(), "ongevraagd advies"),
                Form.Option.of(AdviceKind.SOLICITED.name(), "gevraagd advies (het college vroeg erom)"));
        String title = adviceId == null ? "Nieuw advies" : "Gegevens van het advies wijzigen";
        return new AdviceFormView(
                Frame.of(title, user, "/advices", null),
                adviceId,
                body.name(),
                form,
                form.value("version"),
                form.field("subject"),
                form.field("projectGroupId", groupOptions),
                form.field("kind", kinds),
                form.field("receivedOn"),
                form.field("theirReference"),
                form.field("theme"),
                form.field("introduction"),
                form.field("conclusion"));
    }

    private static Form pointForm(String prefix, PointForm posted) {
        return Form.named(prefix)
                .label("text", "Tekst van het punt")
                .set("label", posted.label())
                .set("text", posted.text())
                .set("kind", posted.kind())
                .set("documentReference", posted.documentReference())
                .set("version", posted.version());
    }

    private PointInput pointInput(Form form, @Nullable Long version) {
        PointInput input = new PointInput(
                form.text("label") == null ? null : form.text("label").strip(),
                form.text("text"),
                form.choice("kind", PointKind.class),
                form.text("documentReference"),
                null,
                version == null ? null : version.intValue());
        form.violations(validator.validate(input));
        return input;
    }

    private PointFormView pointView(SignedInUser user, Advice advice, long pointId, Form form) {
        return new PointFormView(
                Frame.of("Punt wijzigen", user, "/advices", null),
                advice.id(),
                advice.subject(),
                pointId,
                form.value("version"),
                form,
                form.field("label"),
                form.field("text"),
                form.field("kind", Form.options(PointKind.values(), PointKind::dutch)),
                form.field("documentReference"));
    }
}
