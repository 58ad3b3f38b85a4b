package nl.adviestracker.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.advice.AdviceFilter;
import nl.adviestracker.advice.AdviceList;
import nl.adviestracker.advice.AdviceSummary;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.followup.FollowUpFilter;
import nl.adviestracker.followup.FollowUpList;
import nl.adviestracker.followup.FollowUpSummary;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.ProblemException;

/**
 * Exports with the same filters as the lists: follow-ups, advices, and the points of those advices
 * with their responses. Every matching row, page after page, up to {@value #MAX_ROWS}.
 */
@Singleton
public class Exports {

    static final int MAX_ROWS = 50_000;

    /** A point with the response that covers it, if any. */
    record PointRow(
            long adviceId,
            String adviceSubject,
            String label,
            PointKind kind,
            String text,
            @Nullable String documentReference,
            @Nullable Stance stance,
            @Nullable String paraphrase,
            @Nullable String response,
            @Nullable String reason) {}

    private final FollowUpList followUps;
    private final AdviceList advices;
    private final JdbcOperations jdbc;

    Exports(FollowUpList followUps, AdviceList advices, JdbcOperations jdbc) {
        this.followUps = followUps;
        this.advices = advices;
        this.jdbc = jdbc;
    }

    Table<FollowUpSummary> followUps(FollowUpFilter filter) {
        return new Table<>(
                "Toezeggingen",
                List.of(
                        Table.Column.of("Nr", f -> f.id()),
                        Table.Column.of("Advies nr", f -> f.adviceId()),
                        Table.Column.wide("Advies", FollowUpSummary::adviceSubject),
                        Table.Column.of("Adviesorgaan", FollowUpSummary::bodyName),
                        Table.Column.of("Thema", FollowUpSummary::theme),
                        Table.Column.wide("Toezegging", FollowUpSummary::description),
                        Table.Column.of("Eigenaar", FollowUpSummary::owner),
                        Table.Column.of("Uiterlijk", f -> f.dueOn() == null ? "geen datum" : f.dueOn()),
                        Table.Column.of("Status", f -> f.status().dutch()),
                        Table.Column.of("Te laat", f -> f.overdue()),
                        Table.Column.of("Leeftijd (dagen)", f -> f.ageInDays()),
                        Table.Column.of("Adviesorgaan geïnformeerd", f -> f.bodyInformed())),
                all((page) -> followUps.find(filter, page)));
    }

    Table<AdviceSummary> advices(AdviceFilter filter) {
        return new Table<>(
                "Adviezen",
                List.of(
                        Table.Column.of("Nr", a -> a.id()),
                        Table.Column.wide("Onderwerp", AdviceSummary::subject),
                        Table.Column.of("Adviesorgaan", AdviceSummary::bodyName),
                        Table.Column.of("Projectgroep", AdviceSummary::projectGroup),
                        Table.Column.of("Soort", a -> a.kind().name().equals("SOLICITED") ? "gevraagd" : "ongevraagd"),
                        Table.Column.of("Status", a -> a.status().dutch()),
                        Table.Column.of("Ontvangen", AdviceSummary::receivedOn),
                        Table.Column.of("Antwoord uiterlijk", AdviceSummary::responseDueOn),
                        Table.Column.of("Te laat", a -> a.overdue()),
                        Table.Column.of("Thema", AdviceSummary::theme),
                        Table.Column.of("Afdeling", AdviceSummary::department),
                        Table.Column.of("Punten", a -> a.pointCount()),
                        Table.Column.of("Onbeantwoord", a -> a.unansweredCount()),
                        Table.Column.of("Reacties", a -> a.responseCount()),
                        Table.Column.of("Open toezeggingen", a -> a.openFollowUpCount())),
                all((page) -> advices.find(filter, page)));
    }

    @Transactional(readOnly = true)
    Table<PointRow> points(List<AdviceSummary> of) {
        List<PointRow> rows = new ArrayList<>();
        if (!of.isEmpty()) {
            jdbc.prepareStatement("""
                    select a.id, a.subject, p.label, p.kind, p.text, p.document_reference, r.stance, r.paraphrase,
                           r.text as response, r.reason
                    from point p join advice a on a.id = p.advice_id
                    left join response_point rp on rp.point_id = p.id left join response r on r.id = rp.response_id
                    where a.id = any (?) order by a.id, p.position""", statement -> {
                statement.setArray(
                        1,
                        statement
                                .getConnection()
                                .createArrayOf(
                                        "bigint",
                                        of.stream().map(AdviceSummary::id).toArray()));
                ResultSet result = statement.executeQuery();
                while (result.next()) {
                    String stance = result.getString("stance");
                    rows.add(new PointRow(
                            result.getLong(1),
                            result.getString(2),
                            result.getString(3),
                            PointKind.valueOf(result.getString(4)),
                            result.getString(5),
                            result.getString(6),
                            stance == null ? null : Stance.valueOf(stance),
                            result.getString(8),
                            result.getString(9),
                            result.getString(10)));
                }
                return null;
            });
        }
        return new Table<>(
                "Punten en reacties",
                List.of(
                        Table.Column.of("Advies nr", p -> p.adviceId()),
                        Table.Column.wide("Advies", PointRow::adviceSubject),
                        Table.Column.of("Punt", PointRow::label),
                        Table.Column.of("Soort", p -> p.kind().dutch()),
                        Table.Column.wide("Tekst", PointRow::text),
                        Table.Column.of("Verwijzing", PointRow::documentReference),
                        Table.Column.of(
                                "Standpunt",
                                p -> p.stance() == null
                                        ? "nog niet beantwoord"
                                        : p.stance().dutch()),
                        Table.Column.wide("Samenvatting", PointRow::paraphrase),
                        Table.Column.wide("Reactie", PointRow::response),
                        Table.Column.wide("Reden", PointRow::reason)),
                rows);
    }

    /** Every page of a list, up to the limit. */
    private static <T> List<T> all(java.util.function.Function<PageRequest, PageOf<T>> find) {
        List<T> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageOf<T> found = find.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
            if (found.total() > MAX_ROWS) {
                throw ProblemException.invalid("filter", "meer dan " + MAX_ROWS + " rijen; verfijn de filters");
            }
            rows.addAll(found.items());
            if (found.items().size() < PageRequest.MAX_SIZE || rows.size() >= found.total()) {
                return rows;
            }
        }
    }
}
