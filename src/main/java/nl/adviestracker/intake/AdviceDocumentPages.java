package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/documents}: the documents kept with an advice, and for staff the form that adds one (the
 * letters of an advice imported from earlier years, from the import's result or the advice page).
 */
@Controller("/advices/{id}/documents")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class AdviceDocumentPages {

    private final Views views;
    private final AdviceDocuments documents;
    private final AdviceRegister advices;
    private final IntakeSettings settings;

    AdviceDocumentPages(Views views, AdviceDocuments documents, AdviceRegister advices, IntakeSettings settings) {
        this.views = views;
        this.documents = documents;
        this.advices = advices;
        this.settings = settings;
    }

    public record DocumentsView(
            Frame frame,
            long adviceId,
            String subject,
            List<AdviceDocuments.Kept> documents,
            boolean mayAdd,
            @Nullable String notice,
            Form form,
            Form.Field kind,
            Form.Field file,
            String limit) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        String notice = "toegevoegd".equals(melding) ? "Het document is bij het advies bewaard." : null;
        return views.page("advice-documents", view(user, id, emptyForm(), notice));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<?> add(
            SignedInUser user,
            long id,
            @Part("kind") @Nullable String kind,
            @Part("file") @Nullable CompletedFileUpload file,
            @Part("_csrf") @Nullable String _csrf)
            throws IOException {
        Advice advice = advices.get(id);
        AdviceAccess.requireReadable(user, advice);
        Form form = emptyForm().set("kind", kind);
        DocumentKind chosen = form.choice("kind", DocumentKind.class);
        if (chosen == null) {
            form.error("kind", "is verplicht: kies wat voor stuk het is");
        }
        boolean hasFile = file != null
                && file.getFilename() != null
                && !file.getFilename().isBlank();
        if (!hasFile) {
            form.error("file", "is verplicht: kies het bestand");
        }
        if (!form.hasErrors()) {
            try {
                documents.attach(
                        user,
                        id,
                        chosen,
                        file.getBytes(),
                        file.getFilename(),
                        file.getContentType().map(MediaType::toString).orElse(null));
                return Redirects.seeOther("/advices/" + id + "/documents?melding=toegevoegd");
            } catch (ProblemException problem) {
                if (problem.fieldProblems().isEmpty()
                        || !"kind".equals(problem.fieldProblems().get(0).field())) {
                    form.error("file", problem.getMessage());
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "advice-documents", view(user, id, form, null));
    }

    private DocumentsView view(SignedInUser user, long id, Form form, @Nullable String notice) {
        Advice advice = advices.get(id);
        List<AdviceDocuments.Kept> kept = documents.list(user, id);
        return new DocumentsView(
                Frame.of("Documenten bij het advies", user, "/advices", null),
                id,
                advice.subject(),
                kept,
                user.isStaff(),
                notice,
                form,
                form.field("kind", Form.options(DocumentKind.values(), DocumentKind::dutch)),
                form.field("file"),
                settings.maxFileSizeText());
    }

    private static Form emptyForm() {
        return Form.named("document-")
                .label("kind", "Wat voor stuk")
                .label("file", "Bestand")
                .set("kind", "")
                .set("file", "");
    }
}
