package nl.adviestracker.retention;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.adviestracker.shared.DutchDates;

/**
 * The records whose retention period has run out, computed from the organisation's periods each time it
 * is asked: nothing is on the list because it was put there, so a longer period takes an item off it.
 * An advice goes as a dossier with its points, responses, letters, follow-ups, publication and the audit
 * events about it, once the longest of the periods for advices, letters and follow-ups has run; not while
 * a follow-up is open or another advice supplements it. An answered advice is frozen, so its last change
 * is when it was answered. The logs go per calendar month.
 */
@Singleton
public class DestructionList {

    private final JdbcOperations jdbc;
    private final RetentionPeriods periods;
    private final Clock clock;

    DestructionList(JdbcOperations jdbc, RetentionPeriods periods, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.clock = clock;
    }

    /** Everything that may be destroyed today, oldest first, with the approvals given. */
    @Transactional(readOnly = true)
    public List<DestructionItem> items() {
        LocalDate today = LocalDate.now(clock.withZone(DutchDates.ZONE));
        Map<RecordKind, RetentionPeriod> period = periods.all();
        List<DestructionItem> items = new ArrayList<>();
        items.addAll(dossiers(period, today));
        items.addAll(documents(period.get(RecordKind.INTAKE_DOCUMENT), today));
        items.addAll(months(period.get(RecordKind.AUDIT_LOG), "audit_event", "occurred_at", "wijzigingen", today));
        items.addAll(months(period.get(RecordKind.MAIL_LOG), "reminder_sent", "sent_at", "herinneringen", today));
        items.addAll(sessions(period.get(RecordKind.SESSION), today));
        List<DestructionItem> result = new ArrayList<>();
        Map<String, String[]> approvals = approvals();
        for (DestructionItem item : items) {
            String[] approval = approvals.get(item.kind() + "/" + item.key());
            result.add(approval == null ? item : item.approvedBy(approval[0], Instant.parse(approval[1])));
        }
        result.sort(Comparator.comparing(DestructionItem::eligibleSince)
                .thenComparing(DestructionItem::kind)
                .thenComparing(DestructionItem::key));
        return result;
    }

    /** The item of this kind and key if it is on today's list. */
    @Transactional(readOnly = true)
    public Optional<DestructionItem> find(RecordKind kind, String key) {
        return items().stream()
                .filter(i -> i.kind() == kind && i.key().equals(key))
                .findFirst();
    }

    private List<DestructionItem> dossiers(Map<RecordKind, RetentionPeriod> period, LocalDate today) {
        RetentionPeriod advicePeriod = period.get(RecordKind.ADVICE);
        RetentionPeriod letterPeriod = period.get(RecordKind.LETTER);
        RetentionPeriod followUpPeriod = period.get(RecordKind.FOLLOWUP);
        return jdbc.prepareStatement("""
                select a.id, a.our_reference, a.their_reference, a.deleted_at,
                       coalesce(a.deleted_at, a.updated_at) as closed_at,
                       (select max(coalesce(v.letter_date, (v.created_at at time zone 'Europe/Amsterdam')::date))
                        from letter_version v where v.advice_id = a.id and v.final) as letter_date,
                       (select max(f.updated_at) from followup f where f.advice_id = a.id) as followups_closed_at
                from advice a
                where (a.status = 'ANSWERED' or a.deleted_at is not null)
                  and not exists (select 1 from followup f where f.advice_id = a.id and f.status in ('OPEN', 'IN_PROGRESS'))
                  and not exists (select 1 from advice s where s.supplements_advice_id = a.id)
                order by a.id""", statement -> {
            List<DestructionItem> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    dossier(rows, advicePeriod, letterPeriod, followUpPeriod, today)
                            .ifPresent(items::add);
                }
            }
            return items;
        });
    }

    private static Optional<DestructionItem> dossier(
            ResultSet rows,
            RetentionPeriod advicePeriod,
            RetentionPeriod letterPeriod,
            RetentionPeriod followUpPeriod,
            LocalDate today)
            throws SQLException {
        long id = rows.getLong(1);
        LocalDate closed = date(rows.getTimestamp(5));
        java.sql.Date letter = rows.getDate(6);
        Timestamp followUps = rows.getTimestamp(7);
        List<Ends> ends = new ArrayList<>();
        ends.add(new Ends(advicePeriod, advicePeriod.endsAfter(closed)));
        if (letter != null) {
            ends.add(new Ends(letterPeriod, letterPeriod.endsAfter(letter.toLocalDate())));
        }
        if (followUps != null) {
            ends.add(new Ends(followUpPeriod, followUpPeriod.endsAfter(date(followUps))));
        }
        if (ends.stream().anyMatch(e -> e.on().isEmpty())) {
            return Optional.empty();
        }
        Ends last = ends.stream()
                .max(Comparator.comparing(e -> e.on().orElseThrow()))
                .orElseThrow();
        LocalDate since = last.on().orElseThrow();
        if (since.isAfter(today)) {
            return Optional.empty();
        }
        StringBuilder reference = new StringBuilder("advies " + id);
        if (rows.getString(2) != null) {
            reference.append(", ons kenmerk ").append(rows.getString(2));
        }
        if (rows.getString(3) != null) {
            reference.append(", uw kenmerk ").append(rows.getString(3));
        }
        if (rows.getTimestamp(4) != null) {
            reference.append(" (verwijderd concept)");
        }
        String why = "De langste termijn van het dossier is verstreken: "
                + last.period().kind().dutch() + ", " + last.period().dutch() + ".";
        String recorded = String.join(
                " | ", ends.stream().map(e -> e.period().asRecorded()).toList());
        return Optional.of(new DestructionItem(
                RecordKind.ADVICE, String.valueOf(id), reference.toString(), why, recorded, since, null, null));
    }

    private record Ends(RetentionPeriod period, Optional<LocalDate> on) {}

    private List<DestructionItem> documents(RetentionPeriod period, LocalDate today) {
        if (period.permanent()) {
            return List.of();
        }
        return jdbc.prepareStatement(
                "select advice_id, max(uploaded_at) from advice_document group by advice_id order by advice_id",
                statement -> {
                    List<DestructionItem> items = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            LocalDate since =
                                    period.endsAfter(date(rows.getTimestamp(2))).orElseThrow();
                            if (!since.isAfter(today)) {
                                items.add(new DestructionItem(
                                        RecordKind.INTAKE_DOCUMENT,
                                        String.valueOf(rows.getLong(1)),
                                        "ingelezen document bij advies " + rows.getLong(1),
                                        "De termijn is verstreken: " + period.dutch() + ".",
                                        period.asRecorded(),
                                        since,
                                        null,
                                        null));
                            }
                        }
                    }
                    return items;
                });
    }

    /** The months of a log whose period has run out since the end of the month. */
    private List<DestructionItem> months(
            RetentionPeriod period, String table, String column, String what, LocalDate today) {
        if (period.permanent()) {
            return List.of();
        }
        return jdbc.prepareStatement(
                "select to_char(" + column + " at time zone 'Europe/Amsterdam', 'YYYY-MM'), count(*) from " + table
                        + " group by 1 order by 1",
                statement -> collectMonths(statement.executeQuery(), period, what, today));
    }

    private List<DestructionItem> sessions(RetentionPeriod period, LocalDate today) {
        if (period.permanent()) {
            return List.of();
        }
        // sessions have no organisation of their own: they are this organisation's through its accounts
        return jdbc.prepareStatement(
                """
                select to_char(s.expires_at at time zone 'Europe/Amsterdam', 'YYYY-MM'), count(*)
                from user_session s join app_user u on u.id = s.user_id
                group by 1 order by 1""", statement -> collectMonths(statement.executeQuery(), period, "sessies", today));
    }

    private static List<DestructionItem> collectMonths(
            ResultSet rows, RetentionPeriod period, String what, LocalDate today) throws SQLException {
        List<DestructionItem> items = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                YearMonth month = YearMonth.parse(rows.getString(1));
                LocalDate since = period.endsAfter(month.plusMonths(1).atDay(1)).orElseThrow();
                if (!since.isAfter(today)) {
                    items.add(new DestructionItem(
                            period.kind(),
                            month.toString(),
                            rows.getLong(2) + " " + what + " uit " + month,
                            "De termijn is verstreken: " + period.dutch() + ".",
                            period.asRecorded(),
                            since,
                            null,
                            null));
                }
            }
        }
        return items;
    }

    private Map<String, String[]> approvals() {
        return jdbc.prepareStatement(
                "select record_kind, record_key, approved_by, approved_at from destruction_approval", statement -> {
                    Map<String, String[]> approvals = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            approvals.put(rows.getString(1) + "/" + rows.getString(2), new String[] {
                                rows.getString(3),
                                rows.getTimestamp(4).toInstant().toString()
                            });
                        }
                    }
                    return approvals;
                });
    }

    private static LocalDate date(Timestamp timestamp) {
        return timestamp.toInstant().atZone(DutchDates.ZONE).toLocalDate();
    }
}
