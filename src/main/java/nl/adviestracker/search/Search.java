package nl.adviestracker.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PagedQuery;

/**
 * Full-text search over advice subjects, points, responses and follow-ups, in Dutch, ranked, with
 * highlighted snippets, as the user may see them: members of a body search their own body's advices
 * (and the college's responses once the letter is sent), staff every submitted advice.
 *
 * <p>One statement finds, ranks and counts the hits and makes snippets for the page only. It ranks
 * only what can be shown: of each kind the newest {@value #CANDIDATES} matches, found by the database's
 * {@code search_hits} (for a common word PostgreSQL walks the newest rows until it has them, for a rare
 * one it reads the GIN index, which row-level security would not let it use from here), then
 * {@code ts_rank} orders those and {@code ts_headline}, which parses the text again, runs on the
 * page alone. A word in half the data set thus costs about as much as a rare one; the total is then
 * a lower bound ({@link SearchResult#totalCapped()}). When nothing is found, the nearest known spelling of each
 * unknown word is tried (trigrams) and offered if it finds something.
 */
@Singleton
@Transactional(readOnly = true)
public class Search {

    /** Texts up to this length are shown whole, longer ones as up to two fragments around the matches. */
    private static final int WHOLE_TEXT_UP_TO = 240;

    private static final String WHOLE_TEXT = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";
    private static final String FRAGMENTS =
            "StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * At most this many hits of each kind are ranked: the newest ones. A word in half the data set would
     * otherwise mean ranking and counting tens of thousands of rows for the twenty that are shown.
     */
    static final int CANDIDATES = 1000;

    private final JdbcOperations jdbc;

    Search(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public SearchResult find(String query, SearchFilter filter, PageRequest page, SignedInUser user) {
        SearchTerms terms = SearchTerms.of(query);
        String asked = query == null ? "" : query.strip();
        if (terms.isEmpty() || (user.role() != Role.ASDG && !user.isStaff())) {
            return new SearchResult(asked, null, List.of(), page.page(), page.size(), 0, false);
        }
        SearchFilter scoped = user.role() == Role.ASDG ? filter.withBody(user.bodyId()) : filter;
        Page found = run(terms, scoped, page, user);
        if (found.total() == 0 && page.page() == 0) {
            SearchTerms corrected = corrected(terms);
            if (!corrected.equals(terms)) {
                Page retry = run(corrected, scoped, page, user);
                if (retry.total() > 0) {
                    return new SearchResult(
                            asked,
                            corrected.toString(),
                            retry.hits(),
                            page.page(),
                            page.size(),
                            retry.total(),
                            retry.capped());
                }
            }
        }
        return new SearchResult(asked, null, found.hits(), page.page(), page.size(), found.total(), found.capped());
    }

    private record Page(List<SearchHit> hits, long total, boolean capped) {}

    private Page run(SearchTerms terms, SearchFilter filter, PageRequest page, SignedInUser user) {
        boolean member = user.role() == Role.ASDG;
        Query query = query(terms, filter, page, member);
        String sql = query.sql();
        List<Object> args = query.args();
        List<SearchHit> hits = new ArrayList<>();
        long[] counted = new long[2];
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, args);
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                counted[0] = rows.getLong("total");
                counted[1] = rows.getLong("fullest");
                hits.add(hit(rows, member));
            }
            return null;
        });
        long[] counts = hits.isEmpty() && page.offset() > 0 ? count(sql, args) : counted;
        return new Page(hits, counts[0], counts[1] >= CANDIDATES);
    }

    /** The statement of one search and its parameters, in order. */
    record Query(String sql, List<Object> args) {}

    /**
     * The search statement: {@code search_hits} (changeset 420) finds the matches the user may see, the
     * rest ranks them and reads the page's texts under the organisation's policies.
     *
     * <p>One plan serves every search: each {@code to_tsquery} of the words is a subquery, which PostgreSQL
     * evaluates once per execution (where, bare, a cached plan would parse the words again for every candidate it
     * ranks and every snippet), and the page's bounds are numbers in the text. Planning the statement anew for each
     * search cost PostgreSQL about 3 ms.
     */
    static Query query(SearchTerms terms, SearchFilter filter, PageRequest page, boolean member) {
        String tsquery = terms.tsquery();
        String theme = filter.theme() == null || filter.theme().isBlank()
                ? null
                : filter.theme().strip();
        List<Object> args = new ArrayList<>(Arrays.asList(
                tsquery,
                filter.kind() == null ? null : filter.kind().ordinal(),
                filter.bodyId(),
                theme,
                filter.year() == null ? null : Date.valueOf(LocalDate.of(filter.year(), 1, 1)),
                filter.year() == null ? null : Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1)),
                filter.status() == null ? null : filter.status().name(),
                filter.stance() == null ? null : filter.stance().name(),
                member,
                CANDIDATES));
        String sql = """
                with hits as (
                    select * from search_hits((select to_tsquery('dutch', ?)), ?::integer, ?::bigint, ?::varchar, ?::date,
                                              ?::date, ?::varchar, ?::varchar, ?::boolean, ?::integer)
                ), ranked as (
                    select kind, advice_id, item_id, ts_rank(vector, (select to_tsquery('dutch', ?)), 1) as rank,
                           count(*) over () as total,
                           greatest(count(*) filter (where kind = 0) over (), count(*) filter (where kind = 1) over (),
                                    count(*) filter (where kind = 2) over (), count(*) filter (where kind = 3) over ()) as fullest
                    from hits order by rank desc, advice_id desc, kind, item_id""" + PagedQuery.limitAndOffset(page) + """
                )
                select h.kind, h.item_id, h.rank, h.total, h.fullest, a.id as advice_id, a.subject, a.body_id, b.name as body_name,
                       a.theme, a.received_on, a.status, p.label, coalesce(r.stance, pr.stance, fr.stance) as stance,
                       f.status as followup_status,
                       case when length(s.source) <= ? then ts_headline('dutch', s.source, (select to_tsquery('dutch', ?)), ?)
                            else ts_headline('dutch', s.source, (select to_tsquery('dutch', ?)), ?) end as snippet
                from ranked h
                join advice a on a.id = h.advice_id
                join advisory_body b on b.id = a.body_id
                left join point p on h.kind = 1 and p.id = h.item_id
                left join response_point rp on h.kind = 1 and rp.point_id = p.id
                left join response pr on pr.id = rp.response_id
                left join response r on h.kind = 2 and r.id = h.item_id
                left join followup f on h.kind = 3 and f.id = h.item_id
                left join response fr on fr.id = f.response_id
                cross join lateral (select translate(case h.kind
                        when 0 then a.subject || '. ' || coalesce(a.introduction, '') || ' ' || coalesce(a.conclusion, '')
                        when 1 then p.text
                        when 2 then coalesce(r.paraphrase || '. ', '') || r.text || coalesce(' ' || r.reason, '')
                        else f.description || ' (' || f.owner || ')' end, E'\\x01\\x02', '') as source) s
                order by h.rank desc, h.advice_id desc, h.kind, h.item_id""";
        args.add(tsquery);
        args.add(WHOLE_TEXT_UP_TO);
        args.add(tsquery);
        args.add(WHOLE_TEXT);
        args.add(tsquery);
        args.add(FRAGMENTS);
        return new Query(sql, args);
    }

    /** The number of hits (and of the most frequent kind) when the page asked for lies beyond them. */
    private long[] count(String sql, List<Object> args) {
        String hits = sql.substring(0, sql.indexOf("), ranked as (")) + ")";
        List<Object> hitArgs = args.subList(0, args.size() - 6);
        return jdbc.prepareStatement(
                hits + " select count(*), greatest(count(*) filter (where kind = 0),"
                        + " count(*) filter (where kind = 1), count(*) filter (where kind = 2), count(*) filter (where kind = 3))"
                        + " from hits",
                statement -> {
                    bind(statement, hitArgs);
                    ResultSet rows = statement.executeQuery();
                    return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : new long[] {0, 0};
                });
    }

    private static SearchHit hit(ResultSet rows, boolean member) throws SQLException {
        HitKind kind = HitKind.values()[rows.getInt("kind")];
        AdviceStatus status = AdviceStatus.valueOf(rows.getString("status"));
        String stance = rows.getString("stance");
        // a member sees the stance on a point only once the college's answer is sent
        boolean stanceVisible = stance != null && (!member || status == AdviceStatus.ANSWERED);
        return new SearchHit(
                kind,
                rows.getLong("item_id"),
                rows.getLong("advice_id"),
                rows.getString("subject"),
                rows.getLong("body_id"),
                rows.getString("body_name"),
                rows.getString("theme"),
                rows.getDate("received_on").toLocalDate(),
                status,
                rows.getString("label"),
                stanceVisible ? Stance.valueOf(stance) : null,
                rows.getString("followup_status"),
                Snippets.html(rows.getString("snippet")),
                rank(rows));
    }

    /**
     * {@code ts_rank} gives a {@code real}: its shortest decimal form, as PostgreSQL writes it, not the binary
     * float widened to a double with digits it never had.
     */
    private static double rank(ResultSet rows) throws SQLException {
        return Double.parseDouble(Float.toString(rows.getFloat("rank")));
    }

    /**
     * The query with every word that occurs nowhere replaced by the most similar word that does
     * (pg_trgm similarity over the table of known words); words without a near neighbour stay.
     */
    private SearchTerms corrected(SearchTerms terms) {
        Map<String, String> replacements = jdbc.prepareStatement(
                """
                select t.term, (select w.word from search_word w where w.word % t.term
                                order by similarity(w.word, t.term) desc, abs(length(w.word) - length(t.term)), w.word
                                limit 1) as nearest
                from unnest(?) as t(term)
                where length(t.term) >= 3 and not exists (select 1 from search_word w where w.word = t.term)""",
                statement -> {
                    Array array = statement
                            .getConnection()
                            .createArrayOf("text", terms.words().toArray());
                    statement.setArray(1, array);
                    ResultSet rows = statement.executeQuery();
                    Map<String, String> found = new LinkedHashMap<>();
                    while (rows.next()) {
                        if (rows.getString(2) != null) {
                            found.put(rows.getString(1), rows.getString(2));
                        }
                    }
                    return found;
                });
        SearchTerms result = terms;
        for (var entry : replacements.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }
}
