package nl.adviestracker.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.Arrays;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.ViewHelpers;
import nl.adviestracker.web.Views;

/**
 * {@code /records/destruction}: the destruction list for a manager. Items are approved one by one or all
 * at once; only then can they be destroyed. Below: what was destroyed before, never its content.
 */
@Controller("/records/destruction")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class DestructionPage {

    private final Views views;
    private final DestructionList list;
    private final Destruction destruction;

    DestructionPage(Views views, DestructionList list, Destruction destruction) {
        this.views = views;
        this.list = list;
        this.destruction = destruction;
    }

    @Serdeable
    public record ItemForm(
            @Nullable String kind,
            @Nullable String key,
            @Nullable String _csrf) implements CsrfForm {}

    public record DestructionView(
            Frame frame,
            @Nullable String notice,
            List<String> failed,
            List<ItemRow> items,
            boolean anyApproved,
            boolean anyUnapproved,
            List<RecordRow> records) {}

    public record ItemRow(
            String kind,
            String kindLabel,
            String key,
            String reference,
            String why,
            String eligibleSince,
            boolean approved,
            @Nullable String approvedBy,
            @Nullable String approvedOn) {}

    public record RecordRow(
            String kindLabel,
            String reference,
            String period,
            String eligibleSince,
            String approvedBy,
            String approvedOn,
            String destroyedBy,
            String destroyedOn,
            int rows) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(SignedInUser user, @Nullable @QueryValue String melding) {
        String notice = switch (melding == null ? "" : melding) {
            case "goedgekeurd" -> "De goedkeuring is vastgelegd.";
            case "ingetrokken" -> "De goedkeuring is ingetrokken.";
            case "vernietigd" -> "De goedgekeurde gegevens zijn vernietigd; zie het verslag hieronder.";
            default -> null;
        };
        return views.page("destruction", view(user, notice, List.of()));
    }

    @Post(value = "/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> approve(@Body ItemForm form) {
        destruction.approve(kind(form.kind()), key(form.key()));
        return Redirects.seeOther("/records/destruction?melding=goedgekeurd");
    }

    @Post(value = "/approve-all", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> approveAll(@Body PlainForm form) {
        destruction.approveAll();
        return Redirects.seeOther("/records/destruction?melding=goedgekeurd");
    }

    @Post(value = "/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> withdraw(@Body ItemForm form) {
        destruction.withdraw(kind(form.kind()), key(form.key()));
        return Redirects.seeOther("/records/destruction?melding=ingetrokken");
    }

    @Post(value = "/destroy", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> destroy(SignedInUser user, @Body PlainForm form) {
        Destruction.Outcome outcome = destruction.destroyApproved();
        if (outcome.failed().isEmpty()) {
            return Redirects.seeOther("/records/destruction?melding=vernietigd");
        }
        return views.page("destruction", view(user, null, outcome.failed()));
    }

    private static RecordKind kind(@Nullable String kind) {
        return Arrays.stream(RecordKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid("kind", "is geen soort archiefstuk"));
    }

    private static String key(@Nullable String key) {
        if (key == null || !key.matches("[0-9]{1,18}|[0-9]{4}-[0-9]{2}")) {
            throw ProblemException.invalid("key", "is geen nummer of maand");
        }
        return key;
    }

    private DestructionView view(SignedInUser user, @Nullable String notice, List<String> failed) {
        List<ItemRow> items = list.items().stream()
                .map(i -> new ItemRow(
                        i.kind().name(),
                        i.kind().dutch(),
                        i.key(),
                        i.reference(),
                        i.why(),
                        ViewHelpers.DUTCH_DATE.format(i.eligibleSince()),
                        i.approved(),
                        i.approvedBy(),
                        i.approvedAt() == null
                                ? null
                                : ViewHelpers.DUTCH_DATE.format(i.approvedAt().atZone(DutchDates.ZONE))))
                .toList();
        List<RecordRow> records = destruction.records().stream()
                .map(r -> new RecordRow(
                        r.kind().dutch(),
                        r.reference(),
                        r.period(),
                        ViewHelpers.DUTCH_DATE.format(r.eligibleSince()),
                        r.approvedBy(),
                        ViewHelpers.DUTCH_DATE.format(r.approvedAt().atZone(DutchDates.ZONE)),
                        r.destroyedBy(),
                        ViewHelpers.DUTCH_DATE.format(r.destroyedAt().atZone(DutchDates.ZONE)),
                        r.rowsDestroyed()))
                .toList();
        return new DestructionView(
                Frame.of("Vernietigingslijst", user, "/records/destruction", null),
                notice,
                failed,
                items,
                items.stream().anyMatch(ItemRow::approved),
                items.stream().anyMatch(i -> !i.approved()),
                records);
    }
}
