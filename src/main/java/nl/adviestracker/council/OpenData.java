package nl.adviestracker.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.response.Stance;

/**
 * The open-data export of a period (for the municipality's open-data portal and Woo publication): only
 * advices whose reply letter was sent in the period, and of them only what is public-worthy: subject,
 * kind, theme, dates, counts of points per stance, of follow-ups per status and, where the body chose to
 * show its verdicts in public, of its verdicts. No names of people (no portfolio holder, owner, author),
 * no texts of points or responses, no notes, no reasons. The fields are described by
 * {@code src/main/resources/opendata/advices.schema.json}.
 */
@Singleton
public class OpenData {

    /** The schema the JSON follows, on the classpath. */
    public static final String SCHEMA = "/opendata/advices.schema.json";

    private final JdbcOperations jdbc;

    OpenData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Serdeable
    public record Export(String period, LocalDate from, LocalDate to, List<Advice> advices) {}

    /**
     * @param stances points per stance (every stance, zero included), keyed by the stance's code
     * @param verdicts the body's current verdicts per judgement, null unless the body shows them in public
     */
    @Serdeable
    public record Advice(
            long id,
            String body,
            String subject,
            String kind,
            @Nullable String theme,
            LocalDate receivedOn,
            LocalDate dueOn,
            LocalDate answeredOn,
            boolean answeredOnTime,
            int dueDateMoves,
            int points,
            Map<String, Integer> stances,
            int followUpsOpen,
            int followUpsDone,
            int followUpsDropped,
            @Nullable Verdicts verdicts) {}

    @Serdeable
    public record Verdicts(int satisfied, int partly, int notSatisfied) {}

    /** Advices of the organisation (of one body, when given) whose letter was sent in the period. */
    @Transactional(readOnly = true)
    public Export of(@Nullable Long bodyId, CouncilPeriod period) {
        String sql = """
                select a.id, b.name, a.subject, a.kind, a.theme, a.received_on, a.response_due_on, s.sent_on,
                       (select count(*) from advice_due_date_extension e where e.advice_id = a.id),
                       (select count(*) from point p where p.advice_id = a.id),
                       (select coalesce(jsonb_object_agg(x.stance, x.n), '{}'::jsonb)::text from
                          (select r.stance, count(*) as n from point p join response_point rp on rp.point_id = p.id
                           join response r on r.id = rp.response_id where p.advice_id = a.id group by r.stance) x),
                       (select count(*) from followup f where f.advice_id = a.id and f.status in ('OPEN', 'IN_PROGRESS')),
                       (select count(*) from followup f where f.advice_id = a.id and f.status = 'DONE'),
                       (select count(*) from followup f where f.advice_id = a.id and f.status = 'DROPPED'),
                       coalesce(vv.verdicts_public, false),
                       (select count(*) from response_verdict v where v.advice_id = a.id and v.judgement = 'SATISFIED'
                          and not exists (select 1 from response_verdict l where l.replaces_id = v.id)),
                       (select count(*) from response_verdict v where v.advice_id = a.id and v.judgement = 'PARTLY'
                          and not exists (select 1 from response_verdict l where l.replaces_id = v.id)),
                       (select count(*) from response_verdict v where v.advice_id = a.id and v.judgement = 'NOT_SATISFIED'
                          and not exists (select 1 from response_verdict l where l.replaces_id = v.id))
                from advice a
                join advisory_body b on b.id = a.body_id
                join letter_route s on s.advice_id = a.id and s.station = 'SENT'
                left join body_verdict_visibility vv on vv.body_id = a.body_id
                where a.deleted_at is null and s.sent_on between ? and ? and (?::bigint is null or a.body_id = ?::bigint)
                order by s.sent_on, a.id""";
        List<Advice> advices = jdbc.prepareStatement(sql, statement -> {
            statement.setDate(1, Date.valueOf(period.from()));
            statement.setDate(2, Date.valueOf(period.to()));
            if (bodyId == null) {
                statement.setNull(3, java.sql.Types.BIGINT);
                statement.setNull(4, java.sql.Types.BIGINT);
            } else {
                statement.setLong(3, bodyId);
                statement.setLong(4, bodyId);
            }
            List<Advice> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = rs.getDate(7).toLocalDate();
                    LocalDate sent = rs.getDate(8).toLocalDate();
                    rows.add(new Advice(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3).strip(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getDate(6).toLocalDate(),
                            due,
                            sent,
                            !sent.isAfter(due),
                            rs.getInt(9),
                            rs.getInt(10),
                            stances(rs.getString(11)),
                            rs.getInt(12),
                            rs.getInt(13),
                            rs.getInt(14),
                            rs.getBoolean(15) ? new Verdicts(rs.getInt(16), rs.getInt(17), rs.getInt(18)) : null));
                }
            }
            return rows;
        });
        return new Export(period.key(), period.from(), period.to(), advices);
    }

    /** {"ADOPTED": 2, ...} as jsonb_object_agg writes it, with every stance present. */
    private static Map<String, Integer> stances(String json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Stance stance : Stance.values()) {
            var m = java.util.regex.Pattern.compile("\"" + stance.name() + "\":\\s*(\\d+)")
                    .matcher(json);
            counts.put(stance.name(), m.find() ? Integer.parseInt(m.group(1)) : 0);
        }
        return counts;
    }

    /** The columns of the CSV, in order: the JSON's fields, stances and verdicts flattened. */
    static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(List.of(
                "id",
                "body",
                "subject",
                "kind",
                "theme",
                "receivedOn",
                "dueOn",
                "answeredOn",
                "answeredOnTime",
                "dueDateMoves",
                "points"));
        for (Stance stance : Stance.values()) {
            columns.add("stance" + stance.name());
        }
        columns.addAll(List.of(
                "followUpsOpen",
                "followUpsDone",
                "followUpsDropped",
                "verdictsSatisfied",
                "verdictsPartly",
                "verdictsNotSatisfied"));
        return columns;
    }

    /** RFC 4180 CSV, comma-separated, UTF-8; a cell starting with =, +, - or @ gets a leading ' (no formulas). */
    static String csv(Export export) {
        StringBuilder out = new StringBuilder(String.join(",", csvColumns())).append("\r\n");
        for (Advice a : export.advices()) {
            List<Object> cells = new ArrayList<>(List.of(
                    a.id(),
                    a.body(),
                    a.subject(),
                    a.kind(),
                    a.theme() == null ? "" : a.theme(),
                    a.receivedOn(),
                    a.dueOn(),
                    a.answeredOn(),
                    a.answeredOnTime(),
                    a.dueDateMoves(),
                    a.points()));
            for (Stance stance : Stance.values()) {
                cells.add(a.stances().get(stance.name()));
            }
            cells.addAll(List.of(a.followUpsOpen(), a.followUpsDone(), a.followUpsDropped()));
            if (a.verdicts() == null) {
                cells.addAll(List.of("", "", ""));
            } else {
                cells.addAll(List.of(
                        a.verdicts().satisfied(),
                        a.verdicts().partly(),
                        a.verdicts().notSatisfied()));
            }
            out.append(String.join(
                            ",",
                            cells.stream().map(c -> cell(String.valueOf(c))).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
