package nl.adviestracker.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates the national benchmark data set and loads it with COPY: 350 advisory bodies, ten years,
 * about 10,000 advices with 100,000 points, their responses, 30,000 follow-ups (10% open) and notes.
 * The same seed gives the same data. Run on a database whose schema the application has created:
 *
 * <pre>java -cp ... nl.adviestracker.bench.DataSet jdbc:postgresql://127.0.0.1:5432/adviestracker postgres [seed]</pre>
 *
 * Loading drops the plain (non-constraint) indexes of the tables it fills and recreates them afterwards,
 * and skips triggers (session_replication_role = replica); the trigram word list and what the triggers count
 * (the stances per advice, the open follow-ups) are filled in one go at the end.
 */
public final class DataSet {

    static final int BODIES = 350;
    static final int ADVICES = 10_000;
    static final int FOLLOW_UPS = 30_000;
    /** The data set ends here, so it does not depend on the day it is generated. */
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    static final LocalDate START = END.minusYears(10).plusDays(1);

    private static final String[] TABLES = {
        "advisory_body", "project_group", "advice", "point", "response", "response_point", "followup", "followup_note"
    };
    private static final String[] STANCES = {
        "ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "ALREADY_POLICY", "NOTED", "TAKEN_INTO_ACCOUNT", "REFERRED"
    };
    private static final int[] STANCE_WEIGHTS = {30, 15, 10, 15, 12, 13, 5};
    private static final String[] GROUPS = {
        "Armoede", "Jeugd", "Wmo", "Participatie", "Wonen", "Toegankelijkheid", "Gezondheid", "Inburgering"
    };

    private final Random random;
    private final DutchTexts texts;
    private final Copy bodies = new Copy();
    private final Copy groups = new Copy();
    private final Copy advices = new Copy();
    private final Copy points = new Copy();
    private final Copy responses = new Copy();
    private final Copy responsePoints = new Copy();
    private final Copy followUps = new Copy();
    private final Copy notes = new Copy();
    private final Copy routes = new Copy();

    private record ResponseRef(long id, long adviceId, String stance, DutchTexts.Theme theme, LocalDate answeredOn) {}

    private final List<ResponseRef> promising = new ArrayList<>();
    private int pointCount;
    private int responseCount;

    DataSet(long seed) {
        this.random = new Random(seed);
        this.texts = new DutchTexts(random);
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/adviestracker";
        String user = args.length > 1 ? args[1] : "postgres";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240202L;
        long started = System.nanoTime();
        try (Connection db =
                DriverManager.getConnection(url, user, System.getenv().getOrDefault("PGPASSWORD", ""))) {
            new DataSet(seed).load(db);
        }
        System.out.printf("Data set loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    void load(Connection db) throws SQLException {
        long[] next = new long[TABLES.length];
        try (Statement statement = db.createStatement()) {
            // every row is the default organisation's (the column default reads this setting)
            statement.execute("select set_config('app.organisation_id', '1', false)");
            for (int i = 0; i < TABLES.length; i++) {
                if (TABLES[i].equals("response_point")) {
                    continue;
                }
                ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + TABLES[i]);
                rows.next();
                next[i] = rows.getLong(1);
            }
        }
        long t = System.nanoTime();
        generate(next);
        System.out.printf(
                "Generated %d advices, %d points, %d responses, %d follow-ups in %.1f s%n",
                advices.rows, pointCount, responseCount, followUps.rows, (System.nanoTime() - t) / 1e9);

        db.setAutoCommit(false);
        List<String> indexes = new ArrayList<>();
        try (Statement statement = db.createStatement()) {
            ResultSet rows = statement.executeQuery("""
                    select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                    from pg_index i join pg_class c on c.oid = i.indrelid
                    where c.relname = any(array['advice', 'point', 'response', 'response_point', 'followup', 'followup_note'])
                      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)""");
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
                indexes.add(rows.getString(2));
            }
            for (String name : names) {
                statement.execute("drop index " + name);
            }
            statement.execute("set session_replication_role = replica");
        }
        CopyManager copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
        t = System.nanoTime();
        copy(
                copy,
                "advisory_body (id, name, short_name, contact_name, postal_address, response_term_length, response_term_unit)",
                bodies);
        copy(copy, "project_group (id, body_id, name)", groups);
        copy(
                copy,
                "advice (id, body_id, project_group_id, subject, kind, received_on, their_reference, our_reference, theme, "
                        + "department, portfolio_holder, response_due_on, status, introduction, conclusion, created_at, updated_at)",
                advices);
        copy(copy, "point (id, advice_id, position, label, text, kind, document_reference)", points);
        copy(copy, "response (id, advice_id, stance, paraphrase, text, reason, created_at, updated_at)", responses);
        copy(copy, "response_point (point_id, response_id, advice_id)", responsePoints);
        copy(
                copy,
                "followup (id, response_id, advice_id, description, owner, due_on, status, created_at, updated_at)",
                followUps);
        copy(copy, "followup_note (id, followup_id, noted_on, text, author)", notes);
        copy(copy, "letter_route (advice_id, station, decision_kind, decided_on, sent_on, sent_means)", routes);
        System.out.printf("COPY in %.1f s%n", (System.nanoTime() - t) / 1e9);
        try (Statement statement = db.createStatement()) {
            t = System.nanoTime();
            for (String index : indexes) {
                statement.execute(index);
            }
            System.out.printf("%d indexes rebuilt in %.1f s%n", indexes.size(), (System.nanoTime() - t) / 1e9);
            for (String table : TABLES) {
                if (!table.equals("response_point")) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table
                            + "', 'id'), (select max(id) from " + table + "))");
                }
            }
            t = System.nanoTime();
            statement.execute("""
                    insert into search_word (word)
                    select search_words_of(subject || ' ' || coalesce(theme, '') || ' ' || coalesce(introduction, '') || ' ' || coalesce(conclusion, '')) from advice
                    union select search_words_of(text) from point
                    union select search_words_of(coalesce(paraphrase, '') || ' ' || text || ' ' || coalesce(reason, '')) from response
                    union select search_words_of(description || ' ' || owner) from followup
                    on conflict do nothing""");
            System.out.printf("Search words in %.1f s%n", (System.nanoTime() - t) / 1e9);
            // what the skipped triggers would have counted
            t = System.nanoTime();
            statement.execute("select tally_advice_stances(array(select id from advice))");
            statement.execute("select stance_totals_recount()");
            statement.execute("select advice_quarter_tally_recount()");
            statement.execute("select open_followup_tally_recount()");
            statement.execute("select station_wait_recount()");
            System.out.printf("Tallies counted in %.1f s%n", (System.nanoTime() - t) / 1e9);
            statement.execute("set session_replication_role = origin");
            db.commit();
            db.setAutoCommit(true);
            t = System.nanoTime();
            statement.execute("vacuum analyze");
            System.out.printf("VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
    }

    private static void copy(CopyManager copy, String target, Copy data) throws SQLException {
        try {
            copy.copyIn("copy " + target + " from stdin", new StringReader(data.text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private void generate(long[] next) {
        long bodyId = next[0];
        long groupId = next[1];
        long adviceId = next[2];
        long pointId = next[3];
        long responseId = next[4];
        List<String> names = municipalities();
        long[] bodyIds = new long[BODIES];
        long[][] groupIds = new long[BODIES][];
        String[][] groupNames = new String[BODIES][];
        String[] shortNames = new String[BODIES];
        double[] weights = new double[BODIES];
        double total = 0;
        for (int b = 0; b < BODIES; b++) {
            bodyIds[b] = bodyId++;
            shortNames[b] = "ASD-" + String.format("%03d", b + 1);
            String kind = b % 3 == 0 ? "Wmo-raad " : b % 3 == 1 ? "Adviesraad Sociaal Domein " : "Participatieraad ";
            bodies.row(
                    bodyIds[b],
                    kind + names.get(b),
                    shortNames[b],
                    "Secretariaat " + names.get(b),
                    "Postbus " + (1000 + random.nextInt(9000)) + "\n" + (1000 + random.nextInt(8999)) + " "
                            + random.nextInt(10) + " " + names.get(b).toUpperCase(),
                    6,
                    "WEEKS");
            int groupCount = 2 + random.nextInt(4);
            groupIds[b] = new long[groupCount];
            groupNames[b] = new String[groupCount];
            List<String> shuffled = new ArrayList<>(List.of(GROUPS));
            Collections.shuffle(shuffled, random);
            for (int g = 0; g < groupCount; g++) {
                groupIds[b][g] = groupId++;
                groupNames[b][g] = shuffled.get(g);
                groups.row(groupIds[b][g], bodyIds[b], groupNames[b][g]);
            }
            weights[b] = 1.0 / Math.pow(b + 8, 0.9);
            total += weights[b];
        }
        long days = END.toEpochDay() - START.toEpochDay();
        for (int a = 0; a < ADVICES; a++) {
            int b = a < BODIES ? a : pickWeighted(weights, total);
            DutchTexts.Theme theme = texts.pick(DutchTexts.THEMES);
            LocalDate received = LocalDate.ofEpochDay(START.toEpochDay() + (long) (random.nextDouble() * days));
            LocalDate due = received.plusWeeks(6);
            boolean recent = received.isAfter(END.minusDays(60));
            String status = a == 0
                    ? "ANSWERED"
                    : recent
                            ? (random.nextInt(10) == 0 ? "DRAFT" : "RECEIVED")
                            : random.nextInt(50) == 0 ? "RECEIVED" : "ANSWERED";
            int g = random.nextInt(groupIds[b].length);
            int pointsHere = a == 0 ? 40 : pointCount();
            String subject = texts.subject(theme);
            OffsetDateTime created =
                    received.atTime(9 + random.nextInt(8), random.nextInt(60)).atOffset(ZoneOffset.ofHours(1));
            advices.row(
                    adviceId,
                    bodyIds[b],
                    groupIds[b][g],
                    subject,
                    random.nextInt(10) < 6 ? "SOLICITED" : "UNSOLICITED",
                    received,
                    shortNames[b] + "/" + received.getYear() + "/" + (a % 97 + 1),
                    status.equals("ANSWERED") ? "GEM-" + received.getYear() + "-" + (10000 + a) : null,
                    theme.name(),
                    theme.department(),
                    random.nextBoolean()
                            ? "wethouder "
                                    + texts.pick(List.of("Jansen", "De Vries", "Bakker", "Visser", "Smit", "Mulder"))
                            : null,
                    due,
                    status,
                    texts.introduction(shortNames[b], groupNames[b][g], theme),
                    random.nextBoolean()
                            ? "Wij blijven graag betrokken en horen graag hoe ons advies wordt meegenomen."
                            : null,
                    created,
                    created);
            long firstPoint = pointId;
            for (int p = 1; p <= pointsHere; p++) {
                points.row(
                        pointId++,
                        adviceId,
                        p,
                        String.valueOf(p),
                        texts.point(theme),
                        pointKind(),
                        random.nextInt(5) == 0
                                ? "art. " + (1 + random.nextInt(9)) + "." + (1 + random.nextInt(12)) + " lid "
                                        + (1 + random.nextInt(4))
                                : null);
            }
            pointCount += pointsHere;
            // responses: all points of answered advices, the first part of those still being answered
            int answered = switch (status) {
                case "ANSWERED" -> pointsHere;
                case "RECEIVED" -> random.nextInt(pointsHere + 1);
                default -> 0;
            };
            LocalDate answeredOn = received.plusDays(20 + random.nextInt(60));
            if (status.equals("ANSWERED")) {
                // the reply letter was decided on mandate and sent by post the day the responses were written
                routes.row(adviceId, "SENT", "MANDATE", answeredOn, answeredOn, "POST");
            }
            int p = 0;
            while (p < answered) {
                int cover = random.nextInt(10) < 7 ? 1 : Math.min(answered - p, 2 + random.nextInt(3));
                String stance = a == 0 && p == 0 ? "TAKEN_INTO_ACCOUNT" : stance();
                OffsetDateTime at = answeredOn.atTime(10, random.nextInt(60)).atOffset(ZoneOffset.ofHours(1));
                responses.row(
                        responseId,
                        adviceId,
                        stance,
                        random.nextBoolean() ? texts.paraphrase(theme) : null,
                        texts.answer(theme),
                        stance.equals("ADOPTED") ? null : texts.reason(theme),
                        at,
                        at);
                for (int c = 0; c < cover; c++) {
                    responsePoints.row(firstPoint + p + c, responseId, adviceId);
                }
                if (status.equals("ANSWERED") && !stance.equals("NOT_ADOPTED") && !stance.equals("NOTED")) {
                    promising.add(new ResponseRef(responseId, adviceId, stance, theme, answeredOn));
                }
                responseId++;
                responseCount++;
                p += cover;
            }
            adviceId++;
        }
        followUps(next[6], next[7]);
    }

    private void followUps(long followUpId, long noteId) {
        List<ResponseRef> chosen = new ArrayList<>(promising);
        // the 40-point advice's first response always promises something, so the advice page shows follow-ups
        ResponseRef first = chosen.remove(0);
        Collections.shuffle(chosen, random);
        chosen.add(0, first);
        chosen = chosen.subList(0, Math.min(FOLLOW_UPS, chosen.size()));
        for (int i = 0; i < chosen.size(); i++) {
            ResponseRef response = chosen.get(i);
            int roll = random.nextInt(100);
            String status = i == 0 || roll < 6 ? "OPEN" : roll < 10 ? "IN_PROGRESS" : roll < 90 ? "DONE" : "DROPPED";
            boolean open = status.equals("OPEN") || status.equals("IN_PROGRESS");
            LocalDate due = random.nextInt(100) < 15
                    ? null
                    : open
                            ? END.minusDays(365).plusDays(random.nextInt(730))
                            : response.answeredOn().plusDays(60 + random.nextInt(400));
            OffsetDateTime at =
                    response.answeredOn().atTime(11, random.nextInt(60)).atOffset(ZoneOffset.ofHours(1));
            followUps.row(
                    followUpId,
                    response.id(),
                    response.adviceId(),
                    texts.followUp(response.theme()),
                    response.theme().department(),
                    due,
                    status,
                    at,
                    at);
            int noteCount = random.nextInt(3) == 0 ? 0 : random.nextInt(3);
            for (int n = 0; n < noteCount; n++) {
                notes.row(noteId++, followUpId, response.answeredOn().plusDays(30L * (n + 1)), texts.note(), "beleid");
            }
            followUpId++;
        }
    }

    private int pointCount() {
        int roll = random.nextInt(100);
        if (roll < 25) {
            return 1 + random.nextInt(4);
        }
        if (roll < 75) {
            return 5 + random.nextInt(7);
        }
        if (roll < 95) {
            return 12 + random.nextInt(13);
        }
        return 25 + random.nextInt(26);
    }

    private String pointKind() {
        int roll = random.nextInt(100);
        return roll < 55 ? "RECOMMENDATION" : roll < 75 ? "QUESTION" : roll < 90 ? "OBSERVATION" : "REQUEST";
    }

    private String stance() {
        int roll = random.nextInt(100);
        for (int i = 0; i < STANCES.length; i++) {
            roll -= STANCE_WEIGHTS[i];
            if (roll < 0) {
                return STANCES[i];
            }
        }
        return STANCES[0];
    }

    private int pickWeighted(double[] weights, double total) {
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** 350 distinct place names: real municipalities first, then made-up ones in the same style. */
    private List<String> municipalities() {
        Set<String> names = new LinkedHashSet<>(List.of(
                "Amsterdam",
                "Rotterdam",
                "Den Haag",
                "Utrecht",
                "Eindhoven",
                "Groningen",
                "Tilburg",
                "Almere",
                "Breda",
                "Nijmegen",
                "Apeldoorn",
                "Arnhem",
                "Haarlem",
                "Enschede",
                "Haarlemmermeer",
                "Amersfoort",
                "Zaanstad",
                "Den Bosch",
                "Zwolle",
                "Leiden",
                "Zoetermeer",
                "Leeuwarden",
                "Maastricht",
                "Dordrecht",
                "Ede",
                "Alphen aan den Rijn",
                "Alkmaar",
                "Emmen",
                "Delft",
                "Venlo",
                "Deventer",
                "Sittard-Geleen",
                "Helmond",
                "Oss",
                "Amstelveen",
                "Hilversum",
                "Súdwest-Fryslân",
                "Heerlen",
                "Hengelo",
                "Purmerend",
                "Schiedam",
                "Lelystad",
                "Roosendaal",
                "Leidschendam-Voorburg",
                "Gouda",
                "Hoorn",
                "Vlaardingen",
                "Almelo",
                "Spijkenisse",
                "Assen",
                "Velsen",
                "Capelle aan den IJssel",
                "Veenendaal",
                "Katwijk",
                "Zeist",
                "Nieuwegein",
                "Westland",
                "Midden-Groningen",
                "Het Hogeland",
                "Westerkwartier",
                "Eemsdelta",
                "Oldambt",
                "Veendam",
                "Pekela",
                "Stadskanaal",
                "Westerwolde",
                "Tynaarlo",
                "Aa en Hunze",
                "Noordenveld",
                "Midden-Drenthe",
                "Borger-Odoorn",
                "Coevorden",
                "Hoogeveen",
                "Meppel",
                "Westerveld",
                "De Wolden",
                "Smallingerland",
                "Heerenveen",
                "Tytsjerksteradiel",
                "Opsterland",
                "Ooststellingwerf",
                "Weststellingwerf",
                "Harlingen",
                "Waadhoeke",
                "Noardeast-Fryslân",
                "Dantumadiel",
                "Achtkarspelen",
                "Steenwijkerland",
                "Kampen",
                "Hardenberg"));
        String[] starts = {
            "Aal", "Beek", "Berg", "Bos", "Brak", "Dal", "Dijk", "Eem", "Elst", "Gel", "Hal", "Heem", "Hoog", "Kat",
            "Laar", "Lin", "Mars", "Mol", "Nij", "Ool", "Reu", "Roo", "Ster", "Tol", "Ulft", "Ven", "Wes", "Zand"
        };
        String[] ends = {
            "dam", "dijk", "veen", "horst", "hoven", "wijk", "broek", "meer", "wolde", "um", "ingen", "lo", "rade"
        };
        List<String> made = new ArrayList<>();
        for (String s : starts) {
            for (String e : ends) {
                made.add(s + e);
            }
        }
        Collections.shuffle(made, random);
        for (String name : made) {
            if (names.size() >= BODIES) {
                break;
            }
            names.add(name);
        }
        return new ArrayList<>(names).subList(0, BODIES);
    }

    /** Rows in PostgreSQL's COPY text format. */
    static final class Copy {
        final StringBuilder text = new StringBuilder(1 << 20);
        int rows;

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object value = values[i];
                if (value == null) {
                    text.append("\\N");
                } else {
                    String s = value.toString();
                    for (int c = 0; c < s.length(); c++) {
                        char ch = s.charAt(c);
                        switch (ch) {
                            case '\\' -> text.append("\\\\");
                            case '\t' -> text.append("\\t");
                            case '\n' -> text.append("\\n");
                            case '\r' -> text.append("\\r");
                            default -> text.append(ch);
                        }
                    }
                }
            }
            text.append('\n');
            rows++;
        }
    }
}
