package nl.adviestracker.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SessionCookie;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.Downloads;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * Importing earlier years: the template, a dry run and the import ({@link AdviceImport}). The file comes as
 * form field {@code file} (multipart) or as the raw body (CSV or XLSX).
 */
@Controller("/api/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class ImportApi {

    static final String CSV = "text/csv;charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AdviceImport imports;

    ImportApi(AdviceImport imports) {
        this.imports = imports;
    }

    @Get(value = "/template.csv", produces = CSV)
    HttpResponse<byte[]> templateCsv() {
        return Downloads.attachment(ImportTemplate.csv(), CSV, "sjabloon-adviezen.csv");
    }

    @Get(value = "/template.xlsx", produces = XLSX)
    HttpResponse<byte[]> templateXlsx() {
        return Downloads.attachment(ImportTemplate.xlsx(), XLSX, "sjabloon-adviezen.xlsx");
    }

    /**
     * With {@code dryRun=true}: what would be created and every refused row (200), nothing stored. Without:
     * the import (201), refused (400) while a row is refused unless {@code onlyValid=true}.
     */
    @Post(value = "/advices", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @ApiResponse(
            responseCode = "200",
            description = "Dry run",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    HttpResponse<ImportResult> upload(
            HttpRequest<?> request,
            SignedInUser user,
            @Part("file") @Nullable CompletedFileUpload file,
            @Part("_csrf") @Nullable String csrf,
            @Nullable @QueryValue Boolean dryRun,
            @Nullable @QueryValue Boolean onlyValid)
            throws IOException {
        requireCsrf(request, user, csrf);
        if (file == null) {
            throw ProblemException.invalid("file", "is verplicht: kies een CSV- of XLSX-bestand");
        }
        return answer(user, file.getBytes(), dryRun, onlyValid);
    }

    /** The same, with the file as the request's body. */
    @Post(
            value = "/advices",
            consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM},
            produces = MediaType.APPLICATION_JSON)
    @ApiResponse(
            responseCode = "200",
            description = "Dry run",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    HttpResponse<ImportResult> raw(
            SignedInUser user,
            @Body @Nullable byte[] body,
            @Nullable @QueryValue Boolean dryRun,
            @Nullable @QueryValue Boolean onlyValid) {
        return answer(user, body == null ? new byte[0] : body, dryRun, onlyValid);
    }

    /**
     * A form from another site can post multipart with the session cookie: with the cookie, the session's
     * token must come along (form field {@code _csrf} or header {@code X-CSRF-Token}). A bearer token needs none.
     */
    private static void requireCsrf(HttpRequest<?> request, SignedInUser user, @Nullable String formToken) {
        if (SessionCookie.token(request).isEmpty()) {
            return;
        }
        String sent = formToken != null ? formToken : request.getHeaders().get("X-CSRF-Token");
        if (sent == null
                || user.csrfToken() == null
                || !MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), user.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(
                    ProblemStatus.FORBIDDEN,
                    "Geen CSRF-token",
                    "Een upload met de sessiecookie moet het CSRF-token meesturen (veld _csrf of kop X-CSRF-Token).",
                    List.of());
        }
    }

    private HttpResponse<ImportResult> answer(
            SignedInUser user, byte[] file, @Nullable Boolean dryRun, @Nullable Boolean onlyValid) {
        if (Boolean.TRUE.equals(dryRun)) {
            return HttpResponse.ok(imports.dryRun(user, file));
        }
        return HttpResponse.<ImportResult>status(HttpStatus.CREATED)
                .body(imports.run(user, file, Boolean.TRUE.equals(onlyValid)));
    }
}
