package nl.adviestracker.letter;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/**
 * The supplementary letter of an advice: a draft of the corrections not yet sent ({@code supplement.html|pdf|docx},
 * 409 when there are none), made final by whoever approves the organisation's letters (a manager by default). Final ones are letter versions of kind {@code SUPPLEMENT}
 * ({@code /letter/versions}).
 */
@Controller("/api/advices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class SupplementApi {

    private final Supplements supplements;

    SupplementApi(Supplements supplements) {
        this.supplements = supplements;
    }

    @Get(uri = "/supplement.html", produces = MediaType.TEXT_HTML)
    HttpResponse<String> html(SignedInUser user, long id) {
        return HttpResponse.ok(supplements.draftHtml(user, id)).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    @Get(uri = "/supplement.pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> pdf(SignedInUser user, long id) {
        return HttpResponse.ok(supplements.draftPdf(user, id))
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"aanvullende-brief-advies-" + id + ".pdf\"");
    }

    @Get(uri = "/supplement.docx", produces = LetterApi.DOCX)
    HttpResponse<byte[]> docx(SignedInUser user, long id) {
        return HttpResponse.ok(supplements.draftDocx(user, id))
                .contentType(LetterApi.DOCX)
                .header("Content-Disposition", "inline; filename=\"aanvullende-brief-advies-" + id + ".docx\"");
    }

    /** Makes the supplementary letter final (the approver only: 403 otherwise); its PDF is kept byte for byte and its corrections count as sent. */
    @Status(HttpStatus.CREATED)
    @Post("/supplement/finalize")
    HttpResponse<LetterVersion> finalizeSupplement(
            SignedInUser user, long id, @Valid @Body LetterApi.FinalizeRequest request) {
        return HttpResponse.created(
                supplements.finalizeSupplement(user, id, request.ourReference().strip(), request.date()));
    }
}
