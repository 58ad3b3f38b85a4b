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
 * sent), how many advices wait there and for how long, in one query of {@code station_wait} (kept by triggers). An advice waits at a response station
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
        // Where each waiting advice stands and since when is kept by triggers (station_wait, changeset 417): a few
        // hundred rows, where looking up every waiting advice's letter and responses cost 8-14 ms a page.
        Map<Integer, Station> found = jdbc.prepareStatement("""
                select w.station, count(*), max(t.d - w.since), percentile_cont(0.5) within group (order by t.d - w.since)
                from station_wait w, (select (now() at time zone 'Europe/Amsterdam')::date as d) t
                group by w.station""", statement -> {
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
