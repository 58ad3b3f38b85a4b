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
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * Changing one response. Two people may edit the same response: whoever saves second on an older
 * version sees the other person's saved version next to their own text, and decides, instead of
 * silently overwriting it.
 */
@Controller("/advices/{id}/responses/{responseId}")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class ResponseEditPage {

    private final Views views;
    private final AdviceRegister advices;
    private final Responses responses;
    private final ResponseForms forms;

    ResponseEditPage(Views views, AdviceRegister advices, Responses responses, ResponseForms forms) {
        this.views = views;
        this.advices = advices;
        this.responses = responses;
        this.forms = forms;
    }

    public record EditView(
            Frame frame,
            long adviceId,
            String adviceSubject,
            long responseId,
            String reference,
            List<PointChoice> points,
            Form form,
            String version,
            Form.Field pointIds,
            Form.Field stance,
            Form.Field paraphrase,
            Form.Field text,
            Form.Field reason,
            @Nullable TheirVersion theirs) {}

    /** A point this response may cover: its own points and those no response covers yet. */
    public record PointChoice(long id, String label, String text, boolean checked) {}

    /** What the other person saved, shown beside the user's own text after a 409. */
    public record TheirVersion(
            String reference,
            String stance,
            @Nullable String paraphrase,
            String text,
            @Nullable String reason,
            @Nullable Instant savedAt) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> edit(SignedInUser user, long id, long responseId) {
        ResponseView current = responses.get(id, responseId);
        Form form = Form.named("wijzig-")
                .set("pointIds", "")
                .set("stance", current.stance().name())
                .set("paraphrase", current.paraphrase())
                .set("text", current.text())
                .set("reason", current.reason())
                .set("version", current.version());
        return views.page("response-edit", view(user, id, current, form, Set.copyOf(current.pointIds()), null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser user, long id, long responseId, @Body AdvicePage.ResponseForm form) {
        Form state = ResponseForms.form("wijzig-", form);
        Set<Long> selected = new LinkedHashSet<>();
        Integer version = parseVersion(form.version());
        ResponseInput input = forms.read(state, form, selected, version);
        TheirVersion theirs = null;
        if (!state.hasErrors()) {
            try {
                responses.update(user, id, responseId, input);
                return Redirects.seeOther("/advices/" + id + "?melding=reactie-gewijzigd#reactie-" + responseId);
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT && problem.current() instanceof ResponseView saved) {
                    theirs = theirVersion(id, saved);
                    state.set("version", saved.version());
                    state.generalError(
                            "Iemand anders heeft deze reactie opgeslagen terwijl u hem wijzigde. Hieronder staat "
                                    + "zijn of haar versie naast de uwe. Neem over wat u wilt houden en sla opnieuw op; "
                                    + "dan vervangt uw tekst de andere versie.");
                } else if (problem.fieldProblems().isEmpty()) {
                    // not found, or a refusal that no change of the form mends (the letter is final): the
                    // error page says why, with the status and Dutch reason the API answers
                    throw problem;
                } else {
                    state.problems(problem);
                }
            }
        }
        ResponseView current = responses.get(id, responseId);
        HttpStatus status = theirs != null ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return views.page(status, "response-edit", view(user, id, current, state, selected, theirs));
    }

    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> delete(SignedInUser user, long id, long responseId, @Body PlainForm form) {
        responses.delete(user, id, responseId);
        return Redirects.seeOther("/advices/" + id + "?melding=reactie-verwijderd");
    }

    private EditView view(
            SignedInUser user,
            long adviceId,
            ResponseView current,
            Form form,
            Set<Long> checked,
            @Nullable TheirVersion theirs) {
        Advice advice = advices.get(adviceId);
        List<Point> points = advices.points(adviceId);
        Set<Long> coveredElsewhere = responses.list(adviceId).stream()
                .filter(r -> r.id() != current.id())
                .flatMap(r -> r.pointIds().stream())
                .collect(Collectors.toSet());
        List<PointChoice> choices = points.stream()
                .filter(p -> !coveredElsewhere.contains(p.id()))
                .map(p -> new PointChoice(p.id(), p.label(), p.text(), checked.contains(p.id())))
                .toList();
        String reference = reference(points, current.pointIds());
        return new EditView(
                Frame.of("Reactie op " + reference + " wijzigen", user, "/advices/" + adviceId, null),
                adviceId,
                advice.subject(),
                current.id(),
                reference,
                choices,
                form,
                form.value("version"),
                form.field("pointIds"),
                form.field("stance", Form.options(Stance.values(), Stance::dutch)),
                form.field("paraphrase"),
                form.field("text"),
                form.field("reason"),
                theirs);
    }

    private TheirVersion theirVersion(long adviceId, ResponseView saved) {
        return new TheirVersion(
                reference(advices.points(adviceId), saved.pointIds()),
                saved.stance().dutch(),
                saved.paraphrase(),
                saved.text(),
                saved.reason(),
                saved.updatedAt());
    }

    private static String reference(List<Point> points, List<Long> covered) {
        Map<Long, String> labelOf = points.stream().collect(Collectors.toMap(Point::id, Point::label));
        return PointReferences.of(
                points.stream().map(Point::label).toList(),
                covered.stream().map(labelOf::get).toList());
    }

    private static @Nullable Integer parseVersion(@Nullable String version) {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
