package nl.adviestracker.note;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The forms of the section "Interne notities" on the advice page: write, answer, change and delete a note.
 * After a save the advice page opens at the note; refused input draws the form again with the reason.
 */
@Controller("/advices/{id}/notities")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class NotePages {

    private final Views views;
    private final Notes notes;

    NotePages(Views views, Notes notes) {
        this.views = views;
        this.notes = notes;
    }

    /** @param about "point-12", "response-7" or empty (the advice as a whole) */
    @Serdeable
    public record NoteForm(
            @Nullable String text,
            @Nullable String about,
            @Nullable String parentId,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record FormView(
            Frame frame,
            long adviceId,
            String action,
            String text,
            @Nullable String about,
            @Nullable String parentId,
            @Nullable String version,
            String message) {}

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(SignedInUser user, long id, @Body NoteForm form) {
        String about = form.about() == null ? "" : form.about();
        try {
            Note note = notes.add(
                    user,
                    id,
                    new NoteInput(
                            form.text() == null ? "" : form.text(),
                            about.startsWith("point-") ? number(about.substring(6), "about") : null,
                            about.startsWith("response-") ? number(about.substring(9), "about") : null,
                            blank(form.parentId()) ? null : number(form.parentId(), "parentId"),
                            null));
            return Redirects.seeOther("/advices/" + id + "#notitie-" + note.id());
        } catch (ProblemException problem) {
            return again(user, id, "/advices/" + id + "/notities", form, problem);
        }
    }

    @Post(value = "/{noteId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(SignedInUser user, long id, long noteId, @Body NoteForm form) {
        try {
            Integer version = blank(form.version()) ? null : (int) number(form.version(), "version");
            notes.edit(
                    user, id, noteId, new NoteInput(form.text() == null ? "" : form.text(), null, null, null, version));
            return Redirects.seeOther("/advices/" + id + "#notitie-" + noteId);
        } catch (ProblemException problem) {
            return again(user, id, "/advices/" + id + "/notities/" + noteId, form, problem);
        }
    }

    @Post(value = "/{noteId}/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(SignedInUser user, long id, long noteId, @Body PlainForm form) {
        notes.delete(user, id, noteId);
        return Redirects.seeOther("/advices/" + id + "#notities");
    }

    private HttpResponse<?> again(SignedInUser user, long id, String action, NoteForm form, ProblemException problem) {
        if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
            throw problem;
        }
        String message = problem.status() == ProblemStatus.CONFLICT
                        || problem.fieldProblems().isEmpty()
                ? problem.getMessage()
                : describe(problem);
        return views.page(
                problem.status() == ProblemStatus.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                "note-form",
                new FormView(
                        Frame.of("Interne notitie", user, "/advices/" + id, null),
                        id,
                        action,
                        form.text() == null ? "" : form.text(),
                        form.about(),
                        form.parentId(),
                        form.version(),
                        message));
    }

    private static String describe(ProblemException problem) {
        StringBuilder text = new StringBuilder();
        problem.fieldProblems()
                .forEach(p -> text.append(text.isEmpty() ? "" : " ")
                        .append(
                                switch (p.field()) {
                                    case "text" -> "De tekst";
                                    case "version" -> "De notitie";
                                    default -> "Waar de notitie over gaat";
                                })
                        .append(" ")
                        .append(p.message())
                        .append("."));
        return text.toString();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "is geen nummer");
        }
    }
}
