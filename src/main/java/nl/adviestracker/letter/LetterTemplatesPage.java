package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /admin/letter-templates}: which variant of the reply template each advisory body's letters use
 * (the files {@code letters/reply-<variant>.hbs}), chosen by the organisation's admin.
 */
@Controller("/admin/letter-templates")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class LetterTemplatesPage {

    private static final String PATH = "/admin/letter-templates";

    private final Views views;
    private final LetterVariants variants;

    LetterTemplatesPage(Views views, LetterVariants variants) {
        this.views = views;
        this.variants = variants;
    }

    /** One choice in a body's list: the value posted, its label, whether it is the body's now. */
    public record Choice(String value, String label, boolean selected) {}

    /** One body's row: its template now and the form to choose another. */
    public record BodyRow(long bodyId, String bodyName, String current, int version, List<Choice> choices) {}

    public record Screen(
            Frame frame,
            @Nullable String notice,
            @Nullable String error,
            List<String> available,
            List<BodyRow> bodies) {}

    @Serdeable
    public record VariantForm(
            @Nullable String variant,
            @Nullable String version,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, @Nullable @QueryValue String melding) {
        return views.page(
                "admin/letter-templates",
                screen(user, "opgeslagen".equals(melding) ? "Het briefsjabloon is opgeslagen." : null, null));
    }

    @Post(value = "/{bodyId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> choose(SignedInUser user, long bodyId, @Body VariantForm posted) {
        Integer version = parse(posted.version());
        try {
            variants.choose(user, bodyId, posted.variant(), version);
            return Redirects.seeOther(PATH + "?melding=opgeslagen");
        } catch (ProblemException problem) {
            if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                throw problem;
            }
            String error = problem.status() == ProblemStatus.CONFLICT
                    ? "Iemand anders heeft dit adviesorgaan intussen gewijzigd. Kies het sjabloon opnieuw."
                    : problem.fieldProblems().isEmpty()
                            ? problem.getMessage()
                            : "Sjabloon " + problem.fieldProblems().get(0).message() + ".";
            HttpStatus status =
                    problem.status() == ProblemStatus.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
            return views.page(status, "admin/letter-templates", screen(user, null, error));
        }
    }

    private Screen screen(SignedInUser user, @Nullable String notice, @Nullable String error) {
        List<String> available = variants.available();
        List<BodyRow> rows = new ArrayList<>();
        for (LetterVariants.BodyVariant body : variants.list()) {
            String current = body.variant() != null && available.contains(body.variant()) ? body.variant() : null;
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice("", "Standaard (de antwoordbrief)", current == null));
            available.forEach(v -> choices.add(new Choice(v, v, v.equals(current))));
            rows.add(new BodyRow(
                    body.bodyId(),
                    body.bodyName(),
                    current == null ? "Standaard (de antwoordbrief)" : current,
                    body.version(),
                    choices));
        }
        return new Screen(Frame.of("Briefsjablonen", user, PATH, null), notice, error, available, rows);
    }

    private static @Nullable Integer parse(@Nullable String version) {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
