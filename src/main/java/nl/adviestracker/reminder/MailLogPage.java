package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.Views;

/** The mail log: every reminder and digest the organisation's people were sent, newest first, a page at a time. */
@Controller("/admin/mail-log")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class MailLogPage {

    private static final String PATH = "/admin/mail-log";
    private static final int PAGE_SIZE = 50;

    private final Views views;
    private final OwnerAddresses addresses;

    private final MailOutbox outbox;

    MailLogPage(Views views, OwnerAddresses addresses, MailOutbox outbox) {
        this.views = views;
        this.outbox = outbox;
        this.addresses = addresses;
    }

    /** One reminder as a person reads it: what kind, about what, to whom, for which period. */
    public record SentRow(Instant sentAt, String kind, String about, String recipient, String period) {}

    /** A mail that has not gone out yet: how often it failed, the last error, when it is tried again. */
    public record WaitingRow(
            String kind,
            String about,
            String recipient,
            String subject,
            int attempts,
            Instant nextAttemptAt,
            String lastError) {}

    public record MailLogView(Frame frame, List<SentRow> sent, Pager pager, List<WaitingRow> waiting) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(Authentication authentication, @Nullable @QueryValue Integer page) {
        PageOf<OwnerAddresses.Sent> found =
                addresses.sent(new PageRequest(page == null || page < 0 ? 0 : page, PAGE_SIZE));
        List<SentRow> rows = found.items().stream().map(MailLogPage::row).toList();
        return views.page(
                "admin/mail-log",
                new MailLogView(
                        Frame.of("Verzonden herinneringen", authentication, PATH),
                        rows,
                        Pager.of(found, Pager.Query.of(PATH), "page"),
                        outbox.waiting().stream()
                                .map(w -> new WaitingRow(
                                        w.kind().dutch(),
                                        row(new OwnerAddresses.Sent(
                                                        w.kind().name(),
                                                        w.subjectId(),
                                                        w.recipient(),
                                                        "",
                                                        Instant.EPOCH))
                                                .about(),
                                        w.recipient(),
                                        w.subject(),
                                        w.attempts(),
                                        w.nextAttemptAt(),
                                        w.lastError() == null ? "" : w.lastError()))
                                .toList()));
    }

    static SentRow row(OwnerAddresses.Sent sent) {
        ReminderKind kind = kindOf(sent.kind());
        String about = switch (kind == null ? "" : kind.name()) {
            case "FOLLOWUP_DUE", "FOLLOWUP_OVERDUE" -> "toezegging " + sent.subjectId();
            case "ANSWER_DUE", "ANSWER_OVERDUE", "BODY_RECEIVED", "BODY_LATE", "BODY_SENT" ->
                "advies " + sent.subjectId();
            case "NOTICE" -> "melding " + sent.subjectId();
            case "NOTICE_DIGEST" -> "meldingen van de dag";
            case "REQUEST_DUE", "REQUEST_OVERDUE" -> "adviesaanvraag " + sent.subjectId();
            case "WEEKLY_DIGEST" -> "alle open toezeggingen en antwoorden";
            default -> String.valueOf(sent.subjectId());
        };
        return new SentRow(
                sent.sentAt(),
                kind == null ? sent.kind() : kind.dutch(),
                about,
                sent.recipient(),
                period(sent.period()));
    }

    /** A period is a due date (2025-03-14) or an ISO week (2025-W11). */
    static String period(String period) {
        if (period.matches("\\d{4}-W\\d{2}")) {
            return "week " + Integer.parseInt(period.substring(6)) + " van " + period.substring(0, 4);
        }
        try {
            return "uiterlijk " + nl.adviestracker.web.ViewHelpers.DUTCH_DATE.format(java.time.LocalDate.parse(period));
        } catch (java.time.format.DateTimeParseException e) {
            return period;
        }
    }

    private static @Nullable ReminderKind kindOf(String name) {
        for (ReminderKind kind : ReminderKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
