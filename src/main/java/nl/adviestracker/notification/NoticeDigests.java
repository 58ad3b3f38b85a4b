package nl.adviestracker.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.reminder.MailOutbox;
import nl.adviestracker.reminder.MailTemplates;
import nl.adviestracker.reminder.OutgoingMail;
import nl.adviestracker.reminder.ReminderKind;
import nl.adviestracker.shared.DutchDates;

/**
 * The daily digest: each user who chose it for some kinds gets one mail with the notices of one day
 * (Amsterdam time) that are still standing. Queued once per user and day (the outbox's key), so running
 * it again, or for a day that was missed, sends nothing twice.
 */
@Singleton
public class NoticeDigests {

    private final JdbcOperations jdbc;
    private final MailOutbox outbox;
    private final MailTemplates templates;

    NoticeDigests(JdbcOperations jdbc, MailOutbox outbox, MailTemplates templates) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
    }

    record Row(long userId, String name, String email, NoticeKind kind, String text, String link) {}

    /** Queues the digests of {@code day}; how many. */
    @Transactional
    public int queue(LocalDate day) {
        Map<Long, List<Row>> byUser = new LinkedHashMap<>();
        for (Row row : rows(day)) {
            byUser.computeIfAbsent(row.userId(), k -> new ArrayList<>()).add(row);
        }
        int queued = 0;
        String dutchDay = DutchDates.format(day);
        for (List<Row> mine : byUser.values()) {
            Row first = mine.get(0);
            List<DigestGrouping.Section> sections = DigestGrouping.group(mine.stream()
                    .map(r -> new DigestGrouping.Line(r.kind(), r.text(), templates.link(r.link())))
                    .toList());
            String text = templates.render(
                    "notice-digest",
                    Map.of(
                            "name", first.name(),
                            "day", dutchDay,
                            "sections", sections,
                            "listLink", templates.link(NotificationsPage.PATH),
                            "settingsLink", templates.link(NotificationsPage.SETTINGS)));
            if (outbox.queue(new OutgoingMail(
                    ReminderKind.NOTICE_DIGEST,
                    first.userId(),
                    first.email(),
                    day.toString(),
                    DigestGrouping.subject(mine.size(), dutchDay),
                    text,
                    null))) {
                queued++;
            }
        }
        return queued;
    }

    private List<Row> rows(LocalDate day) {
        return jdbc.prepareStatement("""
                select u.id, u.name, u.email, n.kind, n.text, n.link from notice n
                join app_user u on u.id = n.recipient_user_id
                where n.mail = 'DIGEST' and n.withdrawn_at is null and u.active
                  and n.created_at >= ? and n.created_at < ?
                order by u.id, n.id""", statement -> {
            statement.setTimestamp(
                    1, Timestamp.from(day.atStartOfDay(DutchDates.ZONE).toInstant()));
            statement.setTimestamp(
                    2,
                    Timestamp.from(day.plusDays(1).atStartOfDay(DutchDates.ZONE).toInstant()));
            ResultSet rows = statement.executeQuery();
            List<Row> list = new ArrayList<>();
            while (rows.next()) {
                list.add(new Row(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        NoticeKind.valueOf(rows.getString(4)),
                        rows.getString(5),
                        rows.getString(6)));
            }
            return list;
        });
    }
}
