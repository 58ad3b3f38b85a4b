package nl.adviestracker.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.reminder.MailOutbox;
import nl.adviestracker.reminder.OutgoingMail;
import nl.adviestracker.reminder.ReminderKind;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.MailTemplates;

/**
 * The daily digest: each user who chose it for some kinds gets one mail with the notices that came since
 * their last digest and still stand. Queued once per user and day (the outbox's key); a notice goes into
 * one digest only (digested_at), so running it again sends nothing twice, and what comes later the same
 * day waits for the next day's digest.
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

    record Row(long id, long userId, String name, String email, NoticeKind kind, String text, String link) {}

    /** Queues the digests of {@code day}; how many. */
    @Transactional
    public int queue(LocalDate day) {
        Map<Long, List<Row>> byUser = new LinkedHashMap<>();
        for (Row row : rows()) {
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
                digested(mine);
            }
        }
        return queued;
    }

    private List<Row> rows() {
        return jdbc.prepareStatement("""
                select n.id, u.id, u.name, u.email, n.kind, n.text, n.link from notice n
                join app_user u on u.id = n.recipient_user_id
                where n.mail = 'DIGEST' and n.withdrawn_at is null and n.digested_at is null and u.active
                order by u.id, n.id""", statement -> {
            ResultSet rows = statement.executeQuery();
            List<Row> list = new ArrayList<>();
            while (rows.next()) {
                list.add(new Row(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        NoticeKind.valueOf(rows.getString(5)),
                        rows.getString(6),
                        rows.getString(7)));
            }
            return list;
        });
    }

    private void digested(List<Row> rows) {
        jdbc.prepareStatement("update notice set digested_at = now() where id = any (?)", statement -> {
            statement.setArray(
                    1,
                    statement
                            .getConnection()
                            .createArrayOf("bigint", rows.stream().map(Row::id).toArray()));
            return statement.executeUpdate();
        });
    }
}
