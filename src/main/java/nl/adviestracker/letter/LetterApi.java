package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.PlausibleDate;

/**
 * The reply letter of an advice. {@code letter.html|pdf|docx} give the sent letter where there is
 * one, else the current draft. Staff prepare it; it goes final and out along its route ({@link LetterRoutes}).
 */
@Controller("/api/advices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class LetterApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Letters letters;
    private final LetterRoutes routes;
    private final LetterTexts texts;

    LetterApi(Letters letters, LetterRoutes routes, LetterTexts texts) {
        this.letters = letters;
        this.routes = routes;
        this.texts = texts;
    }

    @Serdeable
    record FinalizeRequest(
            @NotBlank(message = "is verplicht") @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
            String ourReference,

            @PlausibleDate @NotNull(message = "is verplicht")
            LocalDate date) {}

    /** The texts around the responses (subject, salutation, opening, closing), defaults filled in. */
    @Get("/letter")
    LetterText texts(SignedInUser user, long id) {
        return texts.effective(user, id);
    }

    @Put("/letter")
    LetterText saveTexts(SignedInUser user, long id, @Valid @Body LetterTextInput input) {
        return texts.save(user, id, input);
    }

    /** Members of the body may read the letter once it is sent. */
    @Get(uri = "/letter.html", produces = MediaType.TEXT_HTML)
    @Secured({Roles.ASDG, Roles.STAFF})
    HttpResponse<String> html(SignedInUser user, long id) {
        return HttpResponse.ok(letters.currentHtml(user, id)).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    @Get(uri = "/letter.pdf", produces = MediaType.APPLICATION_PDF)
    @Secured({Roles.ASDG, Roles.STAFF})
    HttpResponse<byte[]> pdf(SignedInUser user, long id) {
        return file(letters.currentPdf(user, id), MediaType.APPLICATION_PDF, "brief-advies-" + id + ".pdf");
    }

    @Get(uri = "/letter.docx", produces = DOCX)
    @Secured({Roles.ASDG, Roles.STAFF})
    HttpResponse<byte[]> docx(SignedInUser user, long id) {
        return file(letters.currentDocx(user, id), DOCX, "brief-advies-" + id + ".docx");
    }

    @Get("/letter/versions")
    List<LetterVersion> versions(SignedInUser user, long id) {
        return letters.versions(user, id);
    }

    /** Keeps the draft as it is now as a numbered version. */
    @Status(HttpStatus.CREATED)
    @Post("/letter/versions")
    HttpResponse<LetterVersion> saveVersion(SignedInUser user, long id) {
        return HttpResponse.created(letters.saveDraftVersion(user, id));
    }

    @Get(uri = "/letter/versions/{number}.pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> versionPdf(SignedInUser user, long id, int number) {
        return file(
                letters.version(user, id, number).pdf(),
                MediaType.APPLICATION_PDF,
                "brief-advies-" + id + "-v" + number + ".pdf");
    }

    @Get(uri = "/letter/versions/{number}.docx", produces = DOCX)
    HttpResponse<byte[]> versionDocx(SignedInUser user, long id, int number) {
        return file(letters.version(user, id, number).docx(), DOCX, "brief-advies-" + id + "-v" + number + ".docx");
    }

    @Get(uri = "/letter/versions/{number}.html", produces = MediaType.TEXT_HTML)
    HttpResponse<String> versionHtml(SignedInUser user, long id, int number) {
        return HttpResponse.ok(letters.version(user, id, number).html())
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    /** What changed from one stored version to another, line by line. */
    @Get("/letter/versions/{from}/diff/{to}")
    Letters.Difference difference(SignedInUser user, long id, int from, int to) {
        return letters.difference(user, id, from, to);
    }

    /**
     * The approver (a manager, unless the organisation lets staff approve) makes the letter final: refused
     * before its check, while a point is unanswered or a reason is missing. The advice is answered once
     * the letter is sent ({@code POST /letter/sending}).
     */
    @Status(HttpStatus.CREATED)
    @Post("/letter/finalize")
    HttpResponse<LetterVersion> finalizeLetter(SignedInUser user, long id, @Valid @Body FinalizeRequest request) {
        return HttpResponse.created(
                routes.approve(user, id, request.ourReference().strip(), request.date()));
    }

    private static MutableHttpResponse<byte[]> file(@Nullable byte[] bytes, String type, String name) {
        return HttpResponse.ok(bytes)
                .contentType(type)
                .header("Content-Disposition", "inline; filename=\"" + name + "\"");
    }
}
