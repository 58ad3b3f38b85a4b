package nl.adviestracker.note;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/** An advice's internal notes, for staff only; members of the body are refused. */
@Controller("/api/advices/{id}/notes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class NoteApi {

    private final Notes notes;

    NoteApi(Notes notes) {
        this.notes = notes;
    }

    @Get
    List<Note> list(SignedInUser user, long id) {
        return notes.of(user, id);
    }

    /** A new note, or a reply ({@code parentId}); mentioned colleagues are notified. */
    @Status(HttpStatus.CREATED)
    @Post
    HttpResponse<Note> add(SignedInUser user, long id, @Valid @Body NoteInput input) {
        return HttpResponse.created(notes.add(user, id, input));
    }

    /** The author changes the text; {@code version} is required (409 when someone saved in between). */
    @Put("/{noteId}")
    Note edit(SignedInUser user, long id, long noteId, @Valid @Body NoteInput input) {
        return notes.edit(user, id, noteId, input);
    }

    @Delete("/{noteId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(SignedInUser user, long id, long noteId) {
        notes.delete(user, id, noteId);
    }
}
