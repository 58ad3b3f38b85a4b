package nl.adviestracker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.Views;

/**
 * The admin's view of the organisation's history: who changed what and when, newest first, a page at a
 * time, filtered by person, kind of record and dates. A change shows the fields it changed, before and
 * after. (The role is named as a string: account records its changes here, so audit cannot import it.)
 */
@Controller("/admin/history")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class HistoryPage {

    private static final String PATH = "/admin/history";
    private static final int PAGE_SIZE = 50;
    private static final int SHOWN_VALUE = 80;
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt", "passwordHash");

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("advice", "advies"),
            Map.entry("point", "adviespunt"),
            Map.entry("response", "reactie"),
            Map.entry("followup", "toezegging"),
            Map.entry("followup_note", "voortgang van een toezegging"),
            Map.entry("followup_transition", "status van een toezegging"),
            Map.entry("followup_evidence", "bewijs bij een toezegging"),
            Map.entry("followup_milestone", "mijlpaal van een toezegging"),
            Map.entry("followup_due_date_move", "verschoven datum van een toezegging"),
            Map.entry("council_report_introduction", "inleiding van een rapportage aan de raad"),
            Map.entry("advice_request", "adviesaanvraag"),
            Map.entry("advice_document", "document van een advies"),
            Map.entry("advice_due_date_extension", "verlenging van een termijn"),
            Map.entry("letter_text", "teksten van een brief"),
            Map.entry("letter_version", "versie van een brief"),
            Map.entry("publication", "openbaarmaking"),
            Map.entry("advisory_body", "adviesorgaan"),
            Map.entry("project_group", "projectgroep"),
            Map.entry("user", "gebruiker"),
            Map.entry("api_token", "API-token"),
            Map.entry("calendar_token", "agenda-link"),
            Map.entry("owner_address", "e-mailadres van een uitvoerder"),
            Map.entry("organisation", "organisatie"),
            Map.entry("letter_route", "route van een brief"),
            Map.entry("letter_step", "stap van een brief"),
            Map.entry("response_review", "beoordeling van een reactie"),
            Map.entry("advice_lead", "trekker van een advies"),
            Map.entry("point_assignment", "toewijzing van punten"),
            Map.entry("response_verdict", "oordeel over een reactie"),
            Map.entry("body_verdict_visibility", "openbaarheid van oordelen"),
            Map.entry("point_repeat_decision", "herhaald advies"),
            Map.entry("redaction", "weglating bij openbaarmaking"),
            Map.entry("retention_period", "bewaartermijn"),
            Map.entry("workflow_setting", "instelling van de route"),
            Map.entry("password_token", "wachtwoordlink"));

    private static final Map<String, String> ACTIONS = Map.of(
            "CREATED", "aangemaakt",
            "UPDATED", "gewijzigd",
            "DELETED", "verwijderd",
            "REVOKED", "ingetrokken",
            "BODY_INFORMED", "adviesorgaan geïnformeerd",
            "REVIEW_ASKED", "ter beoordeling aangeboden",
            "APPROVED", "goedgekeurd",
            "SENT_BACK", "teruggestuurd",
            "ASSIGNED", "toegewezen");

    private final Views views;
    private final OrganisationHistory history;
    private final JsonMapper json;
    private final ValueNames names;

    HistoryPage(Views views, OrganisationHistory history, JsonMapper json, ValueNames names) {
        this.views = views;
        this.history = history;
        this.json = json;
        this.names = names;
    }

    /** One change as the page shows it. */
    public record ChangeRow(
            Instant at,
            String actor,
            String action,
            String what,
            @Nullable Long adviceId,
            List<String> changes) {}

    public record HistoryView(
            Frame frame,
            Form form,
            Form.Field actor,
            Form.Field kind,
            Form.Field from,
            Form.Field to,
            boolean filtered,
            List<ChangeRow> changes,
            Pager pager) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(
            Authentication authentication,
            @Nullable @QueryValue String wie,
            @Nullable @QueryValue String soort,
            @Nullable @QueryValue String van,
            @Nullable @QueryValue String tot,
            @Nullable @QueryValue Integer page) {
        Form form = Form.named("filter-")
                .label("wie", "Wie")
                .label("soort", "Soort")
                .label("van", "Vanaf")
                .label("tot", "Tot en met")
                .set("wie", wie)
                .set("soort", soort)
                .set("van", van)
                .set("tot", tot);
        LocalDate from = form.date("van");
        LocalDate to = form.date("tot");
        OrganisationHistory.Filter filter =
                new OrganisationHistory.Filter(blankToNull(wie), blankToNull(soort), from, to);
        PageOf<OrganisationHistory.Change> found =
                history.find(filter, new PageRequest(page == null || page < 0 ? 0 : page, PAGE_SIZE));
        Pager.Query query = Pager.Query.of(PATH)
                .with("wie", filter.actor())
                .with("soort", filter.entity())
                .with("van", from)
                .with("tot", to);
        List<Form.Option> actors = history.actors().stream()
                .map(actor -> Form.Option.of(actor, actor))
                .toList();
        List<Form.Option> kinds = history.entities().stream()
                .map(entity -> Form.Option.of(entity, kind(entity)))
                .toList();
        return views.page(
                "admin/history",
                new HistoryView(
                        Frame.of("Geschiedenis", authentication, PATH),
                        form,
                        form.field("wie", actors),
                        form.field("soort", kinds),
                        form.field("van"),
                        form.field("tot"),
                        filter.actor() != null || filter.entity() != null || from != null || to != null,
                        found.items().stream().map(this::row).toList(),
                        Pager.of(found, query, "page")));
    }

    private ChangeRow row(OrganisationHistory.Change change) {
        AuditEvent event = change.event();
        return new ChangeRow(
                event.occurredAt(),
                event.actor(),
                ACTIONS.getOrDefault(event.action(), event.action().toLowerCase(java.util.Locale.ROOT)),
                kind(event.entity()) + " " + event.entityId(),
                change.adviceId(),
                changes(event));
    }

    /** The fields an update changed, each as "field: before → after"; nothing for other actions. */
    private List<String> changes(AuditEvent event) {
        if (event.before() == null || event.after() == null) {
            return List.of();
        }
        Map<String, Object> before = read(event.before());
        Map<String, Object> after = read(event.after());
        List<String> lines = new ArrayList<>();
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            if (!BOOKKEEPING.contains(field) && !Objects.equals(before.get(field), after.get(field))) {
                lines.add(field + ": " + shown(field, before.get(field)) + " → " + shown(field, after.get(field)));
            }
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            Object value = json.readValue(text, Object.class);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    private String shown(String field, @Nullable Object value) {
        if (value == null) {
            return "(leeg)";
        }
        String text = names.dutch(field, value).replaceAll("\\s+", " ");
        return text.length() <= SHOWN_VALUE ? "'" + text + "'" : "'" + text.substring(0, SHOWN_VALUE) + "…'";
    }

    private static String kind(String entity) {
        return KINDS.getOrDefault(entity, entity);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
