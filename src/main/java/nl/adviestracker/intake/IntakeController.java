package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import nl.adviestracker.account.Roles;

/**
 * Advice intake: a document or pasted text in, a proposed split into points out. Nothing is stored.
 */
@Controller("/api/intake")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class IntakeController {

    private final AdviceIntake intake;

    IntakeController(AdviceIntake intake) {
        this.intake = intake;
    }

    /** Pasted text. */
    @Post(consumes = MediaType.TEXT_PLAIN, produces = MediaType.APPLICATION_JSON)
    ProposedSplit text(@Body @Nullable String text) {
        return intake.proposeFromText(text);
    }

    /** An uploaded document in form field {@code file}. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    ProposedSplit upload(@Part("file") @Nullable CompletedFileUpload file) throws IOException {
        if (file == null) {
            throw IntakeProblems.missing();
        }
        String contentType = file.getContentType().map(MediaType::toString).orElse(null);
        return intake.proposeFromFile(file.getBytes(), file.getFilename(), contentType);
    }
}
