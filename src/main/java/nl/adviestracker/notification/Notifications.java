package nl.adviestracker.notification;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.reminder.MailOutbox;
import nl.adviestracker.reminder.OutgoingMail;
import nl.adviestracker.reminder.ReminderKind;
import nl.adviestracker.shared.MailTemplates;
import nl.adviestracker.shared.ProblemException;

/**
 * Tells staff members what concerns them: in the list at {@code /meldingen} (with the unread count in every
 * page's header) and by mail as each chose per kind (at once, in the daily digest, or not). Any feature
 * calls {@link #tell}; each notice comes once per recipient and dedup key, and its mail goes out once
 * through the mail outbox. A notice whose item went away before its mail left is {@link #withdraw}n.
 */
@Singleton
public class Notifications {

    /** One notice in the list. */
    public record Shown(long id, NoticeKind kind, String text, String link, Instant createdAt, boolean read) {}

    private final JdbcOperations jdbc;
    private final MailOutbox outbox;
    private final MailTemplates templates;

    Notifications(JdbcOperations jdbc, MailOutbox outbox, MailTemplates templates) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
    }

    /**
     * Tells the recipient, unless told this dedup key before, or the recipient is no active staff account of
     * this organisation. True when the notice is new. Runs in the caller's transaction, so a notice about a
     * change that is rolled back is never told.
     */
    @Transactional
    public boolean tell(Notice notice) {
        Recipient recipient = recipient(notice.recipientUserId());
        if (recipient == null) {
            return false;
        }
        MailChoice mail = settings(notice.recipientUserId()).get(notice.kind());
        Long id = jdbc.prepareStatement("""
                insert into notice (recipient_user_id, kind, text, link, dedup_key, mail) values (?, ?, ?, ?, ?, ?)
                on conflict on constraint notice_once do nothing returning id""", statement -> {
            statement.setLong(1, notice.recipientUserId());
            statement.setString(2, notice.kind().name());
            statement.setString(3, notice.text());
            statement.setString(4, notice.link());
            statement.setString(5, notice.dedupKey());
            statement.setString(6, mail.name());
            ResultSet row = statement.executeQuery();
            return row.next() ? row.getLong(1) : null;
        });
        if (id == null) {
            return false;
        }
        if (mail == MailChoice.NOW) {
            String text = templates.render(
                    "notice",
                    Map.of(
                            "name", recipient.name(),
                            "kind", notice.kind().dutch(),
                            "text", notice.text(),
                            "link", templates.link(notice.link()),
                            "settingsLink", templates.link(NotificationsPage.SETTINGS)));
            outbox.queue(new OutgoingMail(
                    ReminderKind.NOTICE,
                    id,
                    recipient.email(),
                    "direct",
                    "Adviestracker: " + notice.kind().dutch().toLowerCase(java.util.Locale.ROOT),
                    text,
                    null));
        }
        return true;
    }

    /**
     * The item this dedup key stands for was deleted or given to someone else: its notices leave every list,
     * and a mail not yet sent is not sent.
     */
    @Transactional
    public void withdraw(String dedupKey) {
        withdrawWhere("dedup_key = ?", List.of(dedupKey));
    }

    /** As {@link #withdraw(String)}, for one recipient only (the item went from them to someone else). */
    @Transactional
    public void withdraw(long recipientUserId, String dedupKey) {
        withdrawWhere("dedup_key = ? and recipient_user_id = ?", List.of(dedupKey, recipientUserId));
    }

    /**
     * Withdraws the notices whose dedup key starts with {@code keyPrefix}, except those to {@code keep}: an item
     * of that family went from its former holders (a reassigned point, a review somebody else already gave).
     */
    @Transactional
    public void withdrawExcept(String keyPrefix, java.util.Collection<Long> keep) {
        withdrawWhere(
                "starts_with(dedup_key, ?) and not (recipient_user_id = any (?))",
                List.of(keyPrefix, keep.toArray(Long[]::new)));
    }

    private void withdrawWhere(String condition, List<Object> values) {
        List<Long> ids = jdbc.prepareStatement(
                "update notice set withdrawn_at = now() where withdrawn_at is null and " + condition + " returning id",
                statement -> {
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        statement.setObject(
                                i + 1,
                                value instanceof Long[] array
                                        ? statement.getConnection().createArrayOf("bigint", array)
                                        : value);
                    }
                    ResultSet rows = statement.executeQuery();
                    List<Long> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                    return found;
                });
        ids.forEach(id -> outbox.cancel(ReminderKind.NOTICE, id));
    }

    /** The user's notices, newest first (the latest 100), withdrawn ones left out. */
    @Transactional(readOnly = true)
    public List<Shown> of(SignedInUser user) {
        return jdbc.prepareStatement("""
                select id, kind, text, link, created_at, read_at is not null from notice
                where recipient_user_id = ? and withdrawn_at is null order by id desc limit 100""", statement -> {
            statement.setLong(1, user.userId());
            ResultSet rows = statement.executeQuery();
            List<Shown> list = new ArrayList<>();
            while (rows.next()) {
                list.add(new Shown(
                        rows.getLong(1),
                        NoticeKind.valueOf(rows.getString(2)),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getTimestamp(5).toInstant(),
                        rows.getBoolean(6)));
            }
            return list;
        });
    }

    /** One statement, on every page's header: no transaction, which would be two more round trips. */
    @Connectable
    public int unread(long userId) {
        return jdbc.prepareStatement(
                "select count(*) from notice where recipient_user_id = ? and read_at is null and withdrawn_at is null",
                statement -> {
                    statement.setLong(1, userId);
                    ResultSet row = statement.executeQuery();
                    row.next();
                    return row.getInt(1);
                });
    }

    /** Marks one of the user's own notices read; the link it leads to. */
    @Transactional
    public String markRead(SignedInUser user, long noticeId) {
        String link = jdbc.prepareStatement(
                "update notice set read_at = coalesce(read_at, now()) where id = ? and recipient_user_id = ?"
                        + " returning link",
                statement -> {
                    statement.setLong(1, noticeId);
                    statement.setLong(2, user.userId());
                    ResultSet row = statement.executeQuery();
                    return row.next() ? row.getString(1) : null;
                });
        if (link == null) {
            throw ProblemException.notFound("Melding " + noticeId);
        }
        return link;
    }

    @Transactional
    public void markAllRead(SignedInUser user) {
        jdbc.prepareStatement(
                "update notice set read_at = now() where recipient_user_id = ? and read_at is null", statement -> {
                    statement.setLong(1, user.userId());
                    return statement.executeUpdate();
                });
    }

    /** The user's mail setting for every kind, the default where they chose none. */
    @Transactional(readOnly = true)
    public Map<NoticeKind, MailChoice> settings(long userId) {
        Map<NoticeKind, MailChoice> settings = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            settings.put(kind, kind.byDefault());
        }
        jdbc.prepareStatement("select kind, mail from notice_setting where user_id = ?", statement -> {
            statement.setLong(1, userId);
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                settings.put(NoticeKind.valueOf(rows.getString(1)), MailChoice.valueOf(rows.getString(2)));
            }
            return null;
        });
        return settings;
    }

    /** Saves the user's own mail settings; kinds not named keep theirs. */
    @Transactional
    public void saveSettings(SignedInUser user, Map<NoticeKind, MailChoice> chosen) {
        for (var entry : chosen.entrySet()) {
            jdbc.prepareStatement("""
                    insert into notice_setting (user_id, kind, mail) values (?, ?, ?)
                    on conflict on constraint notice_setting_pk do update set mail = excluded.mail""", statement -> {
                statement.setLong(1, user.userId());
                statement.setString(2, entry.getKey().name());
                statement.setString(3, entry.getValue().name());
                return statement.executeUpdate();
            });
        }
    }

    record Recipient(String name, String email) {}

    /** An active staff account of this organisation (row-level security keeps other organisations out). */
    Recipient recipient(long userId) {
        return jdbc.prepareStatement(
                "select name, email from app_user where id = ? and active and role in ('STAFF', 'MANAGER')",
                statement -> {
                    statement.setLong(1, userId);
                    ResultSet row = statement.executeQuery();
                    return row.next() ? new Recipient(row.getString(1), row.getString(2)) : null;
                });
    }
}
