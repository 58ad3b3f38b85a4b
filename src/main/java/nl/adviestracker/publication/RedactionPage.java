package nl.adviestracker.publication;

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
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.ViewHelpers;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/redactions}: before an advice is published, staff go through the names and
 * contact details found in its texts, leave each out or let it stand, and add what the service missed.
 */
@Controller("/advices/{id}/redactions")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class RedactionPage {

    private final Views views;
    private final Redactions redactions;
    private final AdviceRegister advices;

    RedactionPage(Views views, Redactions redactions, AdviceRegister advices) {
        this.views = views;
        this.redactions = redactions;
        this.advices = advices;
    }

    @Serdeable
    public record DecisionForm(
            @Nullable String text,
            @Nullable String kind,
            @Nullable String decision,
            @Nullable String byHand,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record RedactionView(
            Frame frame,
            long adviceId,
            String subject,
            @Nullable String notice,
            List<OpenRow> open,
            List<DecidedRow> decided,
            Form form,
            Form.Field text) {}

    public record OpenRow(String text, String kind, String kindLabel, int occurrences) {}

    public record DecidedRow(
            String text,
            String kind,
            String kindLabel,
            boolean accepted,
            String decision,
            boolean byHand,
            String decidedBy,
            String decidedOn,
            int version) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page(
                "redactions", view(user, id, "opgeslagen".equals(melding) ? "Uw besluit is opgeslagen." : null, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(SignedInUser user, long id, @Body DecisionForm form) {
        boolean byHand = "true".equals(form.byHand());
        Form state = Form.named("weglaten-")
                .label("text", "Naam of contactgegeven")
                .set("text", form.text())
                .set("kind", form.kind())
                .set("decision", form.decision())
                .set("version", form.version());
        String text = state.text("text");
        RedactionKind kind = byHand ? null : state.choice("kind", RedactionKind.class);
        RedactionStatus decision = state.choice("decision", RedactionStatus.class);
        Long version = state.number("version");
        if (!state.hasErrors()) {
            try {
                redactions.decide(id, text, kind, decision, byHand, version == null ? null : version.intValue());
                return Redirects.seeOther("/advices/" + id + "/redactions?melding=opgeslagen");
            } catch (ProblemException problem) {
                state.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "redactions", view(user, id, null, state));
    }

    private RedactionView view(SignedInUser user, long id, @Nullable String notice, @Nullable Form form) {
        Advice advice = advices.get(id);
        Redactions.Review review = redactions.review(id);
        Form state = form == null
                ? Form.named("weglaten-").label("text", "Naam of contactgegeven")
                : form.set("text", form.value("text"));
        return new RedactionView(
                Frame.of("Namen weglaten – " + advice.subject(), user, "/advices/" + id + "/redactions", null),
                id,
                advice.subject(),
                notice,
                review.open().stream()
                        .map(f ->
                                new OpenRow(f.text(), f.kind().name(), f.kind().dutch(), f.occurrences()))
                        .toList(),
                review.decided().stream()
                        .map(r -> new DecidedRow(
                                r.foundText(),
                                r.kind().name(),
                                r.kind().dutch(),
                                r.accepted(),
                                r.accepted()
                                        ? "wordt weggelaten als " + r.kind().mark()
                                        : "blijft staan",
                                r.byHand(),
                                r.decidedBy(),
                                ViewHelpers.DUTCH_DATE.format(r.decidedAt().atZone(DutchDates.ZONE)),
                                r.version() == null ? 0 : r.version()))
                        .toList(),
                state,
                state.field("text"));
    }
}
