package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceFilter;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceList;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/**
 * Advice requests on screen: the body's members see what is asked of them and by when, and answer a
 * request with their advice; staff see all open requests and register new ones with the draft document.
 */
@Controller("/requests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class RequestsPage {

    private final Views views;
    private final AdviceRequests requests;
    private final AdvisoryBodyRepository bodies;
    private final AdviceList advices;

    RequestsPage(Views views, AdviceRequests requests, AdvisoryBodyRepository bodies, AdviceList advices) {
        this.views = views;
        this.requests = requests;
        this.bodies = bodies;
        this.advices = advices;
    }

    public record RequestsView(
            Frame frame,
            boolean staff,
            List<RequestView> requests,
            List<Option> bodies,
            List<Option> advices,
            @Nullable String error,
            NewRequest form) {}

    public record Option(long id, String label, boolean selected) {}

    /** What staff typed, shown again when the form comes back with an error. */
    public record NewRequest(
            @Nullable String bodyId,
            @Nullable String subject,
            @Nullable String question,
            @Nullable String neededBy,
            @Nullable String decision,
            @Nullable String decisionOn,
            @Nullable String department) {}

    @Serdeable
    public record AnswerForm(
            @Nullable Long adviceId, @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(SignedInUser user) {
        return page(user, HttpStatus.OK, null, new NewRequest(null, null, null, null, null, null, null));
    }

    /** Links in reminders point here. */
    @Get("/{id}")
    HttpResponse<?> one(long id) {
        return HttpResponse.seeOther(URI.create("/requests#aanvraag-" + id));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    @CsrfProtected
    HttpResponse<?> create(
            SignedInUser user,
            @Nullable @Part("bodyId") String bodyId,
            @Nullable @Part("subject") String subject,
            @Nullable @Part("question") String question,
            @Nullable @Part("neededBy") String neededBy,
            @Nullable @Part("decision") String decision,
            @Nullable @Part("decisionOn") String decisionOn,
            @Nullable @Part("department") String department,
            @Nullable @Part("document") CompletedFileUpload document,
            @Nullable @Part("_csrf") String _csrf) {
        NewRequest form = new NewRequest(bodyId, subject, question, neededBy, decision, decisionOn, department);
        try {
            RequestView created = requests.create(new RequestInput(
                    number("bodyId", bodyId),
                    required("subject", subject),
                    required("question", question),
                    null,
                    date("neededBy", neededBy, true),
                    blank(decision),
                    date("decisionOn", decisionOn, false),
                    blank(department),
                    upload(document),
                    null));
            return HttpResponse.seeOther(URI.create("/requests#aanvraag-" + created.id()));
        } catch (ProblemException e) {
            return page(user, HttpStatus.BAD_REQUEST, e.getMessage(), form);
        }
    }

    @Post(value = "/{id}/answer", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> answer(SignedInUser user, long id, @Body AnswerForm form) {
        try {
            if (form.adviceId() == null) {
                throw ProblemException.invalid("adviceId", "kies het advies dat deze aanvraag beantwoordt");
            }
            requests.answer(id, form.adviceId(), user);
            return HttpResponse.seeOther(URI.create("/requests#aanvraag-" + id));
        } catch (ProblemException e) {
            return page(
                    user,
                    e.status() == ProblemStatus.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST,
                    e.getMessage(),
                    new NewRequest(null, null, null, null, null, null, null));
        }
    }

    private HttpResponse<String> page(SignedInUser user, HttpStatus status, @Nullable String error, NewRequest form) {
        List<RequestView> shown = requests.list(user, user.isStaff() ? "open" : null, null);
        List<Option> bodyOptions = user.isStaff()
                ? bodies.listOrderByName().stream()
                        .filter(b -> !b.dissolved())
                        .map(b -> new Option(
                                b.id(), b.name(), String.valueOf(b.id()).equals(form.bodyId())))
                        .toList()
                : List.of();
        List<Option> adviceOptions = user.bodyId() == null
                ? List.of()
                : advices
                        .find(AdviceFilter.none().visibleTo(user), PageRequest.of(0, PageRequest.MAX_SIZE))
                        .items()
                        .stream()
                        .filter(a -> a.kind() == AdviceKind.SOLICITED)
                        .map(a -> new Option(
                                a.id(), a.subject() + " (" + a.status().dutch() + ")", false))
                        .toList();
        return views.page(
                status,
                "requests",
                new RequestsView(
                        Frame.of("Adviesaanvragen", user, "/requests", null),
                        user.isStaff(),
                        shown,
                        bodyOptions,
                        adviceOptions,
                        error,
                        form));
    }

    private static RequestInput.DocumentInput upload(@Nullable CompletedFileUpload file) {
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return null;
        }
        try {
            return new RequestInput.DocumentInput(
                    file.getFilename(),
                    file.getContentType().map(MediaType::toString).orElse(null),
                    Base64.getEncoder().encodeToString(file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is verplicht");
        }
        return value.strip();
    }

    private static Long number(String field, @Nullable String value) {
        try {
            return Long.valueOf(required(field, value));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "is geen geldig getal");
        }
    }

    private static LocalDate date(String field, @Nullable String value, boolean required) {
        if (!required && (value == null || value.isBlank())) {
            return null;
        }
        try {
            return LocalDate.parse(required(field, value));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is geen geldige datum (jjjj-mm-dd)");
        }
    }

    private static String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
