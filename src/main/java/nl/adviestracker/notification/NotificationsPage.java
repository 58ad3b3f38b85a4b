package nl.adviestracker.notification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/** A staff member's meldingen, newest first, and their mail settings per kind (on the account page). */
@Controller
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class NotificationsPage {

    static final String PATH = "/meldingen";
    static final String SETTINGS = "/account/meldingen";

    private final Views views;
    private final Notifications notifications;

    NotificationsPage(Views views, Notifications notifications) {
        this.views = views;
        this.notifications = notifications;
    }

    public record Row(long id, String kind, String text, Instant createdAt, boolean read) {}

    public record ListView(Frame frame, List<Row> notices, int unread) {}

    public record Choice(String value, String label, boolean chosen) {}

    public record SettingRow(String name, String kind, List<Choice> choices) {}

    public record SettingsView(Frame frame, List<SettingRow> settings, boolean saved) {}

    @Get(value = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(SignedInUser user) {
        List<Row> rows = notifications.of(user).stream()
                .map(n -> new Row(n.id(), n.kind().dutch(), n.text(), n.createdAt(), n.read()))
                .toList();
        int unread = (int) rows.stream().filter(r -> !r.read()).count();
        return views.page("notices", new ListView(Frame.of("Meldingen", user, PATH, null), rows, unread));
    }

    /** Opens a notice: it is read from now on, and the page it is about opens. */
    @Post(value = PATH + "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(SignedInUser user, long id, @Body PlainForm form) {
        return Redirects.seeOther(notifications.markRead(user, id));
    }

    @Post(value = PATH + "/gelezen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> allRead(SignedInUser user, @Body PlainForm form) {
        notifications.markAllRead(user);
        return Redirects.seeOther(PATH);
    }

    @Get(value = SETTINGS, produces = MediaType.TEXT_HTML)
    HttpResponse<String> settings(
            SignedInUser user,
            @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String opgeslagen) {
        return views.page("notice-settings", settingsView(user, opgeslagen != null));
    }

    /** One choice per kind ({@code <kind>=NOW|DIGEST|OFF}); an unknown value is ignored, the kind keeps its setting. */
    @Post(value = SETTINGS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSettings(SignedInUser user, @Body Map<String, Object> form) {
        Map<NoticeKind, MailChoice> chosen = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            Object value = form.get(kind.name());
            String text = value instanceof List<?> list && !list.isEmpty()
                    ? String.valueOf(list.get(0))
                    : value == null ? null : String.valueOf(value);
            for (MailChoice choice : MailChoice.values()) {
                if (choice.name().equals(text)) {
                    chosen.put(kind, choice);
                }
            }
        }
        notifications.saveSettings(user, chosen);
        return Redirects.seeOther(SETTINGS + "?opgeslagen=1");
    }

    private SettingsView settingsView(SignedInUser user, boolean saved) {
        Map<NoticeKind, MailChoice> current = notifications.settings(user.userId());
        List<SettingRow> rows = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            List<Choice> choices = new ArrayList<>();
            for (MailChoice choice : MailChoice.values()) {
                choices.add(new Choice(choice.name(), choice.dutch(), current.get(kind) == choice));
            }
            rows.add(new SettingRow(kind.name(), kind.dutch(), choices));
        }
        return new SettingsView(Frame.of("Meldingen per e-mail", user, SETTINGS, null), rows, saved);
    }
}
