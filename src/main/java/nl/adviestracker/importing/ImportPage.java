package nl.adviestracker.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/**
 * Staff import earlier years on screen ({@code /import}): choose a file, see the dry run (what would be
 * created per advice, every refused row), then import. The file travels back with the import button, so
 * what is imported is the file the dry run read.
 */
@Controller("/import")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class ImportPage {

    private final Views views;
    private final AdviceImport imports;

    ImportPage(Views views, AdviceImport imports) {
        this.views = views;
        this.imports = imports;
    }

    /** The page: the form, and after a dry run or an import its result. */
    public record ImportView(
            Frame frame,
            Form form,
            Form.Field file,
            @Nullable ImportResult result,
            String content,
            boolean imported,
            int maxMegabytes) {

        public boolean canImport() {
            return result != null && !imported && !result.created().isEmpty();
        }

        public boolean hasRefusals() {
            return result != null && !result.refusals().isEmpty();
        }

        public List<ImportPlan.Refusal> refusals() {
            return result == null ? List.of() : result.refusals();
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user) {
        return views.page("import", view(user, form(), null, "", false));
    }

    /** The dry run of the chosen file. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> dryRun(
            SignedInUser user, @Part("file") @Nullable CompletedFileUpload file, @Part("_csrf") @Nullable String _csrf)
            throws IOException {
        Form form = form();
        if (file == null || (file.getSize() == 0 && file.getFilename().isBlank())) {
            form.error("file", "kies een CSV- of XLSX-bestand volgens het sjabloon");
            return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "import", view(user, form, null, "", false));
        }
        byte[] bytes = file.getBytes();
        try {
            ImportResult result = imports.dryRun(user, bytes);
            return views.page(
                    "import", view(user, form, result, Base64.getEncoder().encodeToString(bytes), false));
        } catch (ProblemException problem) {
            form.error("file", message(problem));
            return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "import", view(user, form, null, "", false));
        }
    }

    /** The import of the file the dry run read; with refused rows only when the user ticked "only the good ones". */
    @Post(value = "/run", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> run(
            SignedInUser user,
            @Part("content") @Nullable String content,
            @Part("onlyValid") @Nullable String onlyValid,
            @Part("_csrf") @Nullable String _csrf) {
        Form form = form();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content == null ? "" : content.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0) {
            form.error("file", "kies het bestand opnieuw en bekijk eerst de proefimport");
            return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "import", view(user, form, null, "", false));
        }
        try {
            ImportResult result = imports.run(user, bytes, onlyValid != null && !onlyValid.isBlank());
            return views.page("import", view(user, form, result, "", true));
        } catch (ProblemException problem) {
            form.generalError(problem.getMessage());
            ImportResult dryRun = null;
            try {
                dryRun = imports.dryRun(user, bytes);
            } catch (ProblemException again) {
                form.error("file", message(again));
            }
            return views.page(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "import",
                    view(user, form, dryRun, Base64.getEncoder().encodeToString(bytes), false));
        }
    }

    private static String message(ProblemException problem) {
        return problem.fieldProblems().isEmpty()
                ? problem.getMessage()
                : String.join(
                        "; ",
                        problem.fieldProblems().stream().map(f -> f.message()).toList());
    }

    private static Form form() {
        return Form.named("import-").label("file", "Bestand").set("file", "");
    }

    private static ImportView view(
            SignedInUser user, Form form, @Nullable ImportResult result, String content, boolean imported) {
        return new ImportView(
                Frame.of("Adviezen uit eerdere jaren invoeren", user, "/advices", null),
                form,
                form.field("file"),
                result,
                content,
                imported,
                ImportFile.MAX_BYTES / (1024 * 1024));
    }
}
