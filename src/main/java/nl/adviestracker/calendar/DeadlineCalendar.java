package nl.adviestracker.calendar;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.TextRule;

/**
 * The due dates as an iCalendar feed (RFC 5545) that Outlook and other calendars subscribe to: one
 * all-day event per date, with a UID that stays the same, so a moved date moves the event.
 * Staff get the answers still due and the open follow-ups with a date; a body's members get their
 * open advice requests.
 */
@Singleton
public class DeadlineCalendar {

    private final JdbcOperations jdbc;
    private final ReminderSettings settings;

    DeadlineCalendar(JdbcOperations jdbc, ReminderSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public String feed(SignedInUser user) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Gemeente Groningen//Adviestracker//NL"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", "Adviestracker termijnen"))
                .add(new XProperty("X-WR-TIMEZONE", "Europe/Amsterdam"))
                .add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        if (user.isStaff()) {
            rows("""
                    select a.id, a.subject, a.response_due_on, b.name, a.department from advice a
                    join advisory_body b on b.id = a.body_id
                    where a.deleted_at is null and a.status = 'RECEIVED' order by a.response_due_on, a.id""", -1, rows -> {
                String department = rows.getString(5);
                calendar.add(event(
                        "advice-" + rows.getLong(1),
                        rows.getDate(3).toLocalDate(),
                        "Antwoord uiterlijk: " + rows.getString(2),
                        "Beantwoording van het advies \"" + rows.getString(2) + "\" van " + rows.getString(4)
                                + (department == null ? "" : ". Afdeling: " + department) + ".",
                        "/advices/" + rows.getLong(1)));
            });
            rows(
                    """
                    select f.id, f.description, f.due_on, f.owner, a.subject, a.id from followup f
                    join advice a on a.id = f.advice_id
                    where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS') and f.due_on is not null
                    order by f.due_on, f.id""",
                    -1,
                    rows -> calendar.add(event(
                            "followup-" + rows.getLong(1),
                            rows.getDate(3).toLocalDate(),
                            "Toezegging: " + rows.getString(2),
                            "Toezegging bij het advies \"" + rows.getString(5) + "\". Eigenaar: " + rows.getString(4)
                                    + ".",
                            "/advices/" + rows.getLong(6))));
        }
        if (user.bodyId() != null) {
            rows("""
                    select r.id, r.subject, r.needed_by, r.decision from advice_request r
                    where r.status = 'OPEN' and r.body_id = ? order by r.needed_by, r.id""", user.bodyId(), rows -> {
                String decision = rows.getString(4);
                calendar.add(event(
                        "request-" + rows.getLong(1),
                        rows.getDate(3).toLocalDate(),
                        "Advies nodig: " + rows.getString(2),
                        "Adviesaanvraag \"" + rows.getString(2) + "\": het advies is nodig op "
                                + DutchDates.format(rows.getDate(3).toLocalDate())
                                + (decision == null ? "" : ", voor " + decision) + ".",
                        "/requests/" + rows.getLong(1)));
            });
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(String uid, LocalDate date, String summary, String description, String path) {
        VEvent event = new VEvent(date, date.plusDays(1), TextRule.xmlSafe(summary))
                .add(new Uid(uid + "@adviestracker"))
                .add(new Description(TextRule.xmlSafe(description)));
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            event.add(new Url(java.net.URI.create(settings.baseUrl().replaceAll("/+$", "") + path)));
        }
        return event;
    }

    private interface RowHandler {
        void row(ResultSet rows) throws java.sql.SQLException;
    }

    private void rows(String sql, long parameter, RowHandler handler) {
        jdbc.prepareStatement(sql, statement -> {
            if (parameter >= 0) {
                statement.setLong(1, parameter);
            }
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                handler.row(rows);
            }
            return null;
        });
    }
}
