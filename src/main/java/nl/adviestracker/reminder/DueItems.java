package nl.adviestracker.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What is due soon or overdue on a day: follow-ups, answers to advices, and advice requests. */
@Singleton
class DueItems {

    private final JdbcOperations jdbc;

    DueItems(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything due on or before {@code today + daysAhead} and not yet done, overdue first. */
    @Transactional(readOnly = true)
    List<ReminderItem> on(LocalDate today, int daysAhead) {
        LocalDate until = today.plusDays(daysAhead);
        String week = isoWeek(today);
        List<ReminderItem> items = new ArrayList<>();
        query(
                """
                select f.id, f.description, f.owner, f.due_on, a.id as advice_id, a.subject
                from followup f join advice a on a.id = f.advice_id
                where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS') and f.due_on <= ?
                order by f.id""",
                rows -> {
                    LocalDate due = rows.getDate("due_on").toLocalDate();
                    boolean late = due.isBefore(today);
                    items.add(new ReminderItem(
                            late ? ReminderKind.FOLLOWUP_OVERDUE : ReminderKind.FOLLOWUP_DUE,
                            rows.getLong("id"),
                            late ? week : due.toString(),
                            "Toezegging: " + rows.getString("description") + " (advies \"" + rows.getString("subject")
                                    + "\")",
                            due,
                            rows.getString("owner"),
                            List.of(),
                            "/advices/" + rows.getLong("advice_id")));
                },
                until);
        query(
                """
                select a.id, a.subject, a.department, a.response_due_on, b.name as body_name
                from advice a join advisory_body b on b.id = a.body_id
                where a.deleted_at is null and a.status = 'RECEIVED' and a.response_due_on <= ?
                order by a.id""",
                rows -> {
                    LocalDate due = rows.getDate("response_due_on").toLocalDate();
                    boolean late = due.isBefore(today);
                    items.add(new ReminderItem(
                            late ? ReminderKind.ANSWER_OVERDUE : ReminderKind.ANSWER_DUE,
                            rows.getLong("id"),
                            late ? week : due.toString(),
                            "Beantwoording van het advies \"" + rows.getString("subject") + "\" van "
                                    + rows.getString("body_name"),
                            due,
                            rows.getString("department"),
                            List.of(),
                            "/advices/" + rows.getLong("id")));
                },
                until);
        Map<Long, List<String>> members = membersByBody();
        query(
                """
                select r.id, r.subject, r.needed_by, r.body_id from advice_request r
                where r.status = 'OPEN' and r.needed_by <= ? order by r.id""",
                rows -> {
                    LocalDate due = rows.getDate("needed_by").toLocalDate();
                    boolean late = due.isBefore(today);
                    items.add(new ReminderItem(
                            late ? ReminderKind.REQUEST_OVERDUE : ReminderKind.REQUEST_DUE,
                            rows.getLong("id"),
                            late ? week : due.toString(),
                            "Adviesaanvraag: " + rows.getString("subject"),
                            due,
                            null,
                            members.getOrDefault(rows.getLong("body_id"), List.of()),
                            "/requests/" + rows.getLong("id")));
                },
                until);
        return items;
    }

    /** Open follow-ups without a due date, for the weekly digest ("geen datum"). */
    @Transactional(readOnly = true)
    List<String> undatedFollowUps() {
        List<String> lines = new ArrayList<>();
        query(
                """
                select f.description, f.owner, a.subject from followup f join advice a on a.id = f.advice_id
                where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS') and f.due_on is null
                order by f.created_at, f.id""",
                rows -> lines.add(rows.getString("description") + " — " + rows.getString("owner") + " (advies \""
                        + rows.getString("subject") + "\")"));
        return lines;
    }

    /** Active managers' e-mail addresses, for the weekly digest. */
    @Transactional(readOnly = true)
    List<String> managers() {
        List<String> emails = new ArrayList<>();
        query(
                "select distinct email from app_user where active and role = 'MANAGER' order by email",
                rows -> emails.add(rows.getString(1)));
        return emails;
    }

    private Map<Long, List<String>> membersByBody() {
        Map<Long, List<String>> members = new HashMap<>();
        query(
                "select body_id, email from app_user where active and role = 'ASDG' order by email",
                rows -> members.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                        .add(rows.getString(2)));
        return members;
    }

    static String isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private interface RowHandler {
        void row(ResultSet rows) throws java.sql.SQLException;
    }

    private void query(String sql, RowHandler handler, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof LocalDate d ? Date.valueOf(d) : parameters[i]);
            }
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                handler.row(rows);
            }
            return null;
        });
    }
}
