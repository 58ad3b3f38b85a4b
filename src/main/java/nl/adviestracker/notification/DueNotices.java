package nl.adviestracker.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.shared.DutchDates;

/**
 * Tells the owners of open follow-ups whose owner is a staff account (its username, e-mail address or name)
 * that a follow-up is due within the reminders' days ahead ({@code DUE_SOON}) or past its date
 * ({@code OVERDUE}); once per follow-up, kind and due date. A follow-up that was done, dropped, moved or given
 * to someone else before the mail left takes its unread notice back. Owners that are departments keep
 * their reminders by mail (reminder/) and get no notice.
 */
@Singleton
public class DueNotices {

    private static final String PREFIX = "followup-";

    private final JdbcOperations jdbc;
    private final Notifications notifications;
    private final ReminderSettings settings;

    DueNotices(JdbcOperations jdbc, Notifications notifications, ReminderSettings settings) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.settings = settings;
    }

    record Due(long followUpId, long adviceId, long userId, String description, LocalDate dueOn) {}

    /** Tells what is due on {@code today}; how many notices were new. */
    @Transactional
    public int tell(LocalDate today) {
        List<Due> due = due(today.plusDays(settings.daysAhead()));
        Set<String> wanted = new HashSet<>();
        int told = 0;
        for (Due item : due) {
            boolean late = item.dueOn().isBefore(today);
            NoticeKind kind = late ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON;
            String key = PREFIX + item.followUpId() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + item.dueOn();
            wanted.add(item.userId() + " " + key);
            String text = "Toezegging \"" + shortened(item.description()) + "\" "
                    + (late ? "had klaar moeten zijn op " : "moet klaar zijn op ") + DutchDates.format(item.dueOn())
                    + ".";
            if (notifications.tell(new Notice(item.userId(), kind, text, "/followups/" + item.followUpId(), key))) {
                told++;
            }
        }
        for (String[] standing : unreadDueNotices()) {
            if (!wanted.contains(standing[0] + " " + standing[1])) {
                notifications.withdraw(Long.parseLong(standing[0]), standing[1]);
            }
        }
        return told;
    }

    private List<Due> due(LocalDate until) {
        return jdbc.prepareStatement("""
                select f.id, f.advice_id, u.id, f.description, f.due_on from followup f
                join advice a on a.id = f.advice_id and a.deleted_at is null
                join app_user u on u.active and u.role in ('STAFF', 'MANAGER')
                     and (lower(u.username) = lower(f.owner) or lower(u.email) = lower(f.owner)
                          or lower(u.name) = lower(f.owner))
                where f.status in ('OPEN', 'IN_PROGRESS') and f.due_on is not null and f.due_on <= ?
                order by f.due_on, f.id""", statement -> {
            statement.setDate(1, Date.valueOf(until));
            ResultSet rows = statement.executeQuery();
            List<Due> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Due(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getString(4),
                        rows.getDate(5).toLocalDate()));
            }
            return found;
        });
    }

    private List<String[]> unreadDueNotices() {
        return jdbc.prepareStatement(
                """
                select recipient_user_id, dedup_key from notice
                where kind in ('DUE_SOON', 'OVERDUE') and dedup_key like 'followup-%'
                  and read_at is null and withdrawn_at is null""",
                statement -> {
                    ResultSet rows = statement.executeQuery();
                    List<String[]> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new String[] {String.valueOf(rows.getLong(1)), rows.getString(2)});
                    }
                    return found;
                });
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
