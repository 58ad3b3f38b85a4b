package nl.adviestracker.intake;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.Base64;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;

/**
 * The documents kept with an advice, exactly as uploaded: the original it was taken in from, and what staff
 * attached (the letters of an advice imported from earlier years).
 */
@Controller("/api/advices/{id}")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
class AdviceDocumentApi {

    private final AdviceDocuments documents;

    AdviceDocumentApi(AdviceDocuments documents) {
        this.documents = documents;
    }

    /** The original document the advice was taken in from. */
    @Get(value = "/document", produces = "*/*")
    HttpResponse<byte[]> download(SignedInUser user, long id) {
        return file(documents.document(user, id));
    }

    /** Every document of the advice this user may read (the college's once the body may read its answers). */
    @Get("/documents")
    List<AdviceDocuments.Kept> list(SignedInUser user, long id) {
        return documents.list(user, id);
    }

    @Get(value = "/documents/{documentId}", produces = "*/*")
    HttpResponse<byte[]> downloadOne(SignedInUser user, long id, long documentId) {
        return file(documents.document(user, id, documentId));
    }

    /** Keeps a document with the advice (staff); accepted as intake accepts an upload. */
    @Status(HttpStatus.CREATED)
    @Post("/documents")
    @Secured(Roles.STAFF)
    HttpResponse<AdviceDocuments.Kept> attach(SignedInUser user, long id, @Valid @Body DocumentInput input) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(input.contentBase64());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("contentBase64", "is geen geldige base64");
        }
        try {
            return HttpResponse.created(
                    documents.attach(user, id, input.kind(), bytes, input.fileName(), input.contentType()));
        } catch (ProblemException problem) {
            throw namingTheContent(problem);
        }
    }

    /** Intake names the uploaded file {@code file}; in this body the file is {@code contentBase64}. */
    private static ProblemException namingTheContent(ProblemException problem) {
        if (problem.fieldProblems().stream().noneMatch(p -> p.field().equals(IntakeProblems.FIELD))) {
            return problem;
        }
        return new ProblemException(
                problem.status(),
                problem.title(),
                problem.getMessage(),
                problem.fieldProblems().stream()
                        .map(p -> p.field().equals(IntakeProblems.FIELD)
                                ? new FieldProblem("contentBase64", p.message())
                                : p)
                        .toList());
    }

    private static HttpResponse<byte[]> file(AdviceDocuments.StoredDocument document) {
        return HttpResponse.ok(document.bytes())
                .contentType(document.contentType())
                .header("Content-Disposition", document.contentDisposition())
                .header("Cache-Control", "private, no-store");
    }
}
