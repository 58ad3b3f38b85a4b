package nl.adviestracker.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the work stands: per station of the route (the responses' review, then the letter's route up to
 * sent), how many advices wait there and for how long, in one query. An advice waits at a response station
 * while any of its responses stands there, since the earliest of them arrived; at a letter station since the
 * letter's last step (a draft letter: since the advice was received).
 */
@Singleton
public class StationWaits {

    /** A station in route order, how many advices wait there, and the oldest and median wait in days. */
    @Serdeable
    public record Station(String name, long advices, long oldestDays, double medianDays) {

        /** The median as the dashboard shows it: whole days, one decimal when halfway. */
        public String median() {
            return advices == 0
                    ? "–"
                    : medianDays % 1 == 0
                            ? String.valueOf((long) medianDays)
                            : String.valueOf(medianDays).replace('.', ',');
        }
    }

    private static final List<String> STATIONS = List.of(
            "Reactie in concept",
            "Reactie wacht op beoordeling",
            "Brief in concept",
            "Brief gecontroleerd, wacht op goedkeuring",
            "Brief definitief, wacht op besluit college",
            "Besluit college, wacht op verzending");

    private final JdbcOperations jdbc;

    StationWaits(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Station> now() {
        // Each open advice's letter is looked up by its key (offset 0 keeps the lookup per advice): joined, the
        // planner read every letter route of the organisation, a few hundred of them wanted, and under row-level
        // security that scan cost 4-8 ms of the page's 13-15 ms (bench/FINDINGS.md). The responses' earliest
        // arrival is taken to a day once per advice rather than per response (a time zone lookup each), from
        // the index that carries what this reads (changeset 414).
        Map<Integer, Station> found = jdbc.prepareStatement("""
                with today as (select (now() at time zone 'Europe/Amsterdam')::date as d),
                open_advice as materialized (
                    select a.id, a.received_on, coalesce(l.station, 'DRAFT') as station, l.updated_at
                    from advice a
                    left join lateral (
                        select r.station, r.updated_at from letter_route r where r.advice_id = a.id offset 0) l on true
                    where a.status = 'RECEIVED' and a.deleted_at is null),
                waits as (
                    select case r.review_state when 'DRAFT' then 0 else 1 end as pos, r.advice_id,
                           (select d from today) - (min(r.review_state_at) at time zone 'Europe/Amsterdam')::date as days
                    from response r join open_advice a on a.id = r.advice_id
                    where r.review_state in ('DRAFT', 'READY_FOR_REVIEW') and a.station = 'DRAFT'
                    group by r.review_state, r.advice_id
                    union all
                    select case a.station when 'DRAFT' then 2 when 'CHECKED' then 3 when 'FINAL' then 4 else 5 end,
                           a.id,
                           (select d from today) - case when a.station = 'DRAFT' then a.received_on
                               else (a.updated_at at time zone 'Europe/Amsterdam')::date end
                    from open_advice a
                    where a.station in ('DRAFT', 'CHECKED', 'FINAL', 'DECIDED'))
                select pos, count(*), max(days), percentile_cont(0.5) within group (order by days)
                from waits group by pos""", statement -> {
            ResultSet rows = statement.executeQuery();
            Map<Integer, Station> byPosition = new HashMap<>();
            while (rows.next()) {
                int position = rows.getInt(1);
                byPosition.put(
                        position,
                        new Station(
                                STATIONS.get(position),
                                rows.getLong(2),
                                Math.max(0, rows.getLong(3)),
                                Math.max(0, rows.getDouble(4))));
            }
            return byPosition;
        });
        return java.util.stream.IntStream.range(0, STATIONS.size())
                .mapToObj(i -> found.getOrDefault(i, new Station(STATIONS.get(i), 0, 0, 0)))
                .toList();
    }
}
