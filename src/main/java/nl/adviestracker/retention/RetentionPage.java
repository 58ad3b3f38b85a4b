package nl.adviestracker.retention;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/** {@code /records/retention}: the admin sets how long each kind of record is kept. */
@Controller("/records/retention")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class RetentionPage {

    private final Views views;
    private final RetentionPeriods periods;

    RetentionPage(Views views, RetentionPeriods periods) {
        this.views = views;
        this.periods = periods;
    }

    @Serdeable
    public record PeriodForm(
            @Nullable String kind,
            @Nullable String amount,
            @Nullable String unit,
            @Nullable String basis,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record RetentionView(Frame frame, @Nullable String notice, List<KindRow> kinds) {}

    public record KindRow(
            String kind,
            String label,
            String countsFrom,
            String current,
            boolean isDefault,
            @Nullable String updatedBy,
            Form form,
            Form.Field amount,
            Form.Field unit,
            Form.Field basis,
            String version) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(SignedInUser user, @Nullable @QueryValue String melding) {
        return views.page(
                "retention",
                view(user, "opgeslagen".equals(melding) ? "De bewaartermijn is opgeslagen." : null, null, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser user, @Body PeriodForm form) {
        RecordKind kind = Arrays.stream(RecordKind.values())
                .filter(k -> k.name().equals(form.kind()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid("kind", "is geen soort archiefstuk"));
        Form state = form(kind)
                .set("amount", form.amount())
                .set("unit", form.unit())
                .set("basis", form.basis())
                .set("version", form.version());
        Long amount = state.number("amount");
        RetentionUnit unit = state.choice("unit", RetentionUnit.class);
        String basis = state.text("basis");
        Long version = state.number("version");
        if (!state.hasErrors()) {
            try {
                periods.set(
                        kind,
                        amount == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, amount)),
                        unit,
                        basis,
                        version == null ? null : version.intValue());
                return Redirects.seeOther("/records/retention?melding=opgeslagen#termijn-" + kind.name());
            } catch (ProblemException problem) {
                state.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "retention", view(user, null, kind, state));
    }

    private static Form form(RecordKind kind) {
        return Form.named(kind.name().toLowerCase(java.util.Locale.ROOT) + "-")
                .label("amount", "Termijn")
                .label("unit", "Eenheid")
                .label("basis", "Grond");
    }

    private RetentionView view(
            SignedInUser user, @Nullable String notice, @Nullable RecordKind failed, @Nullable Form failedForm) {
        List<KindRow> rows = new ArrayList<>();
        List<Form.Option> units = Arrays.stream(RetentionUnit.values())
                .map(u -> Form.Option.of(u.name(), u.plural()))
                .toList();
        for (Map.Entry<RecordKind, RetentionPeriod> entry : periods.all().entrySet()) {
            RecordKind kind = entry.getKey();
            RetentionPeriod period = entry.getValue();
            Form form = kind == failed
                    ? failedForm
                    : form(kind)
                            .set("amount", period.amount())
                            .set("unit", period.unit().name())
                            .set("basis", period.basis());
            rows.add(new KindRow(
                    kind.name(),
                    kind.dutch(),
                    kind.countsFrom(),
                    period.dutch(),
                    period.isDefault(),
                    period.updatedBy(),
                    form,
                    form.field("amount"),
                    form.field("unit", units),
                    form.field("basis"),
                    period.version() == null ? "" : String.valueOf(period.version())));
        }
        return new RetentionView(Frame.of("Bewaartermijnen", user, "/records/retention", null), notice, rows);
    }
}
