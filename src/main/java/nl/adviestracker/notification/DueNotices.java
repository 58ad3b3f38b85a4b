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
import nl.adviestracker.assignment.OpenAssignments;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.shared.DutchDates;

/**
 * Tells officials what is due within the reminders' days ahead ({@code DUE_SOON}) or past its date
 * ({@code OVERDUE}), once per item, kind and due date: the owner of an open follow-up whose owner is a staff
 * account (its username, e-mail address or name), the official a point is assigned to while no approved
 * response covers it (its internal due date), and the lead of an advice whose answer is not sent (the advice's
 * due date). An item that was done, moved or given to someone else before the mail left takes its unread
 * notice back. Owners that are departments keep their reminders by mail (reminder/) and get no notice.
 */
@Singleton
public class DueNotices {

    private final JdbcOperations jdbc;
    private final Notifications notifications;
    private final ReminderSettings settings;
    private final OpenAssignments assignments;

    DueNotices(
            JdbcOperations jdbc, Notifications notifications, ReminderSettings settings, OpenAssignments assignments) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.settings = settings;
        this.assignments = assignments;
    }

    /**
     * One item with a due date for one official.
     *
     * @param key what the item is ("followup-12"); the notice's dedup key adds the kind and the date
     * @param soon the sentence before the date while it is ahead: "... moet klaar zijn op"
     * @param late the sentence before the date once it passed: "... had klaar moeten zijn op"
     */
    record Due(long userId, String key, String soon, String late, String link, LocalDate dueOn) {

        String text(boolean overdue) {
            return (overdue ? late : soon) + " " + DutchDates.format(dueOn) + ".";
        }
    }

    /** Tells what is due on {@code today}; how many notices were new. */
    @Transactional
    public int tell(LocalDate today) {
        LocalDate until = today.plusDays(settings.daysAhead());
        List<Due> due = new ArrayList<>(followUps(until));
        due.addAll(assignedPoints(until));
        due.addAll(ledAdvices(until));
        Set<String> wanted = new HashSet<>();
        int told = 0;
        for (Due item : due) {
            boolean late = item.dueOn().isBefore(today);
            NoticeKind kind = late ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON;
            String key = item.key() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + item.dueOn();
            wanted.add(item.userId() + " " + key);
            if (notifications.tell(new Notice(item.userId(), kind, item.text(late), item.link(), key))) {
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

    private List<Due> assignedPoints(LocalDate until) {
        return assignments.pointsDueBy(until).stream()
                .map(point -> {
                    String what = "Uw reactie op punt " + point.label() + " van het advies \""
                            + shortened(point.subject()) + "\" ";
                    return new Due(
                            point.assigneeUserId(),
                            "point-" + point.pointId(),
                            what + "moet intern klaar zijn op",
                            what + "had intern klaar moeten zijn op",
                            "/advices/" + point.adviceId() + "#punt-" + point.pointId(),
                            point.internalDueOn());
                })
                .toList();
    }

    private List<Due> ledAdvices(LocalDate until) {
        return assignments.ledAdvicesDueBy(until).stream()
                .map(advice -> {
                    String what = "Het antwoord op het advies \"" + shortened(advice.subject())
                            + "\", waarvan u trekker" + " bent, ";
                    return new Due(
                            advice.leadUserId(),
                            "advice-" + advice.adviceId(),
                            what + "moet uiterlijk verzonden zijn op",
                            what + "had verzonden moeten zijn op",
                            "/advices/" + advice.adviceId(),
                            advice.responseDueOn());
                })
                .toList();
    }

    private List<Due> followUps(LocalDate until) {
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
                String what = "Toezegging \"" + shortened(rows.getString(4)) + "\" ";
                found.add(new Due(
                        rows.getLong(3),
                        "followup-" + rows.getLong(1),
                        what + "moet klaar zijn op",
                        what + "had klaar moeten zijn op",
                        "/followups/" + rows.getLong(1),
                        rows.getDate(5).toLocalDate()));
            }
            return found;
        });
    }

    /** Every standing due notice: all of them come from here. */
    private List<String[]> unreadDueNotices() {
        return jdbc.prepareStatement("""
                select recipient_user_id, dedup_key from notice
                where kind in ('DUE_SOON', 'OVERDUE') and read_at is null and withdrawn_at is null""", statement -> {
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
