package nl.adviestracker.intake;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/** The original document an advice was taken in from, exactly as uploaded. */
@Controller("/api/advices/{id}/document")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
class AdviceDocumentApi {

    private final AdviceDocuments documents;

    AdviceDocumentApi(AdviceDocuments documents) {
        this.documents = documents;
    }

    @Get(produces = "*/*")
    HttpResponse<byte[]> download(SignedInUser user, long id) {
        AdviceDocuments.StoredDocument document = documents.document(user, id);
        return HttpResponse.ok(document.bytes())
                .contentType(document.contentType())
                .header("Content-Disposition", document.contentDisposition())
                .header("Cache-Control", "private, no-store");
    }
}
