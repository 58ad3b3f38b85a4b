package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.ProblemResponses;

/**
 * Advice intake: a document or pasted text in, a proposed split into points out. Nothing is stored.
 */
@Controller("/api/intake")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class IntakeController {

    private final AdviceIntake intake;
    private final ProblemResponses problems;

    IntakeController(AdviceIntake intake, ProblemResponses problems) {
        this.intake = intake;
        this.problems = problems;
    }

    /** Every reader busy: 503 with a Retry-After, so the client tries again shortly. */
    @Error(exception = IntakeProblems.Busy.class)
    HttpResponse<?> busy(HttpRequest<?> request, IntakeProblems.Busy busy) {
        return problems.of(
                        request,
                        HttpStatus.valueOf(busy.status().getCode()),
                        busy.title(),
                        busy.getMessage(),
                        busy.fieldProblems(),
                        null)
                .header("Retry-After", String.valueOf(IntakeProblems.Busy.RETRY_AFTER_SECONDS));
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
