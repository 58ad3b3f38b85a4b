package nl.adviestracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Search on a small fixed data set: two bodies, four advices (one a draft), a few points, responses
 * and a follow-up, entered directly in the database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    Users users;

    long wmoRaad;
    long jongerenraad;
    long armoedebeleid;
    long jeugdhulp;
    long huishoudelijkeHulp;
    long draft;
    long schuldenPoint;
    long notAdopted;
    Api staff;

    @BeforeAll
    void enterTheDataSet() throws SQLException {
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            wmoRaad = insert(
                    db, "insert into advisory_body (name, short_name) values ('Wmo-raad Stad', 'WMOS') returning id");
            jongerenraad = insert(
                    db, "insert into advisory_body (name, short_name) values ('Jongerenraad', 'JR') returning id");

            armoedebeleid = advice(
                    db,
                    wmoRaad,
                    "Armoedebeleid in de stad",
                    "Armoede",
                    LocalDate.of(2023, 3, 1),
                    "ANSWERED",
                    "Wij adviseren over de armoederegelingen van de gemeente.");
            long gezinnen = point(db, armoedebeleid, "1", "Zorg dat gezinnen in armoede snel ondersteuning krijgen.");
            schuldenPoint = point(
                    db,
                    armoedebeleid,
                    "2",
                    "Verbeter de schuldhulpverlening: a < b & c > d, wachttijden zijn te lang.");
            long adopted = response(
                    db, armoedebeleid, "ADOPTED", "Wij nemen dit over en breiden de regelingen uit.", null, gezinnen);
            notAdopted = response(
                    db,
                    armoedebeleid,
                    "NOT_ADOPTED",
                    "De schuldhulpverlening blijft zoals zij is.",
                    "De wachttijden zijn al korter dan wettelijk vereist.",
                    schuldenPoint);
            insert(
                    db,
                    "insert into followup (response_id, advice_id, description, owner, status) values (" + adopted
                            + ", " + armoedebeleid
                            + ", 'Raad informeren over de uitbreiding van de regelingen', 'Afdeling Werk en Inkomen', 'OPEN') returning id");

            jeugdhulp = advice(db, wmoRaad, "Jeugdhulp dichtbij", "Jeugd", LocalDate.of(2024, 5, 1), "RECEIVED", null);
            long kinderen = point(db, jeugdhulp, "1", "Kinderen die in armoede opgroeien hebben extra aandacht nodig.");
            response(
                    db,
                    jeugdhulp,
                    "NOTED",
                    "Kennisgenomen; de jeugdhulp in de wijk blijft dichtbij.",
                    "Dit is al geregeld.",
                    kinderen);

            huishoudelijkeHulp =
                    advice(db, jongerenraad, "Huishoudelijke hulp", "Wmo", LocalDate.of(2024, 6, 1), "RECEIVED", null);
            point(db, huishoudelijkeHulp, "1", "De wachtlijsten voor huishoudelijke hulp zijn te lang.");
            point(db, huishoudelijkeHulp, "2", "Maak de eigen bijdrage lager.");

            draft = advice(
                    db, jongerenraad, "Armoede onder jongeren", "Armoede", LocalDate.of(2024, 9, 1), "DRAFT", null);
            point(db, draft, "1", "Jongeren in armoede missen kansen.");
        }
        staff = accounts.staff(http);
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        Api.Answer found = search(staff, "wachtlijst");
        assertThat(found.status()).isEqualTo(200);
        assertThat(kindsAndAdvices(found)).containsExactly("POINT " + huishoudelijkeHulp);
        assertThat(found.at("items.0.snippetHtml"))
                .isEqualTo("De <mark>wachtlijsten</mark> voor huishoudelijke hulp zijn te lang.");
    }

    @Test
    void aWordAlsoFindsTheCompoundsItStarts() {
        Api.Answer found = search(staff, "armoede");
        assertThat(kindsAndAdvices(found)).contains("ADVICE " + armoedebeleid, "POINT " + jeugdhulp);
        assertThat((String) found.at("items.0.snippetHtml")).contains("<mark>Armoedebeleid</mark>");
    }

    @Test
    void theSubjectRanksAboveAPointThatMentionsTheWord() {
        Api.Answer found = search(staff, "armoede");
        assertThat(found.at("items.0.kind")).isEqualTo("ADVICE");
        assertThat(found.at("items.0.adviceId")).isEqualTo((int) armoedebeleid);
        List<Double> ranks = items(found).stream()
                .map(i -> ((Number) i.get("rank")).doubleValue())
                .toList();
        assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void staffNeverSeeDraftsAndMembersOnlyTheirOwnBody() {
        assertThat(kindsAndAdvices(search(staff, "jongeren"))).isEmpty();

        Api jongeren = accounts.member(http, jongerenraad);
        assertThat(kindsAndAdvices(search(jongeren, "armoede")))
                .containsExactlyInAnyOrder("ADVICE " + draft, "POINT " + draft);
        assertThat(kindsAndAdvices(search(jongeren, "armoede&bodyId=" + wmoRaad)))
                .as("a member cannot widen the search to another body")
                .containsExactlyInAnyOrder("ADVICE " + draft, "POINT " + draft);
    }

    @Test
    void membersSeeTheCollegesResponsesOnlyOnceTheLetterIsSent() {
        assertThat(kindsAndAdvices(search(staff, "dichtbij")))
                .containsExactlyInAnyOrder("ADVICE " + jeugdhulp, "RESPONSE " + jeugdhulp);
        Api wmo = accounts.member(http, wmoRaad);
        assertThat(kindsAndAdvices(search(wmo, "dichtbij"))).containsExactly("ADVICE " + jeugdhulp);
        assertThat(kindsAndAdvices(search(wmo, "schuldhulpverlening")))
                .containsExactlyInAnyOrder("POINT " + armoedebeleid, "RESPONSE " + armoedebeleid);
        assertThat(kindsAndAdvices(search(wmo, "kinderen&stance=NOTED")))
                .as("nor can they ask for a stance before")
                .isEmpty();
    }

    @Test
    void filtersNarrowTheHits() {
        assertThat(kindsAndAdvices(search(staff, "armoede&bodyId=" + wmoRaad + "&year=2024")))
                .containsExactly("POINT " + jeugdhulp);
        assertThat(kindsAndAdvices(search(staff, "armoede&theme=armoede&kind=ADVICE")))
                .containsExactly("ADVICE " + armoedebeleid);
        assertThat(kindsAndAdvices(search(staff, "lang&status=RECEIVED")))
                .containsExactly("POINT " + huishoudelijkeHulp);
        Api.Answer departures = search(staff, "schuldhulpverlening&stance=NOT_ADOPTED");
        assertThat(kindsAndAdvices(departures))
                .containsExactlyInAnyOrder("POINT " + armoedebeleid, "RESPONSE " + armoedebeleid);
        assertThat(items(departures))
                .allSatisfy(hit -> assertThat(hit.get("stance")).isEqualTo("NOT_ADOPTED"));
        assertThat(kindsAndAdvices(search(staff, "regelingen&kind=FOLLOWUP")))
                .containsExactly("FOLLOWUP " + armoedebeleid);
    }

    @Test
    void aTypoFindsTheNearestKnownWord() {
        Api.Answer found = search(staff, "huishoudeljke");
        assertThat(found.at("correctedQuery")).isEqualTo("huishoudelijke");
        assertThat(kindsAndAdvices(found)).contains("ADVICE " + huishoudelijkeHulp, "POINT " + huishoudelijkeHulp);

        Api.Answer nothing = search(staff, "xyzzyqwv");
        assertThat(nothing.at("total")).isEqualTo(0);
        assertThat(nothing.at("correctedQuery")).isNull();
    }

    @Test
    void snippetsAreEscapedHtmlWithTheMatchesMarked() {
        Api.Answer found = search(staff, "schuldhulpverlening&kind=POINT");
        assertThat(found.at("items.0.snippetHtml"))
                .isEqualTo(
                        "Verbeter de <mark>schuldhulpverlening</mark>: a &lt; b &amp; c &gt; d, wachttijden zijn te lang.");
    }

    @Test
    void pagesCountEveryHit() {
        Api.Answer first = search(staff, "armoede&size=1");
        Api.Answer second = search(staff, "armoede&size=1&page=1");
        assertThat(first.at("total")).isEqualTo(second.at("total"));
        assertThat(items(first)).hasSize(1);
        assertThat(items(second)).hasSize(1);
        assertThat(search(staff, "armoede&size=1&page=99").at("total")).isEqualTo(first.at("total"));
    }

    @Test
    void aWordInVeryManyTextsRanksOnlyTheNewestMatchesAndSaysTheTotalIsALowerBound() throws SQLException {
        long many;
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            many = advice(db, jongerenraad, "Veel punten", "Wmo", LocalDate.of(2022, 1, 1), "RECEIVED", null);
            try (PreparedStatement s = db.prepareStatement("""
                    insert into point (advice_id, position, label, text, kind)
                    select ?, n, n::text, 'Punt ' || n || ' over de veelvoorkomende mantelzorgregeling.', 'OBSERVATION'
                    from generate_series(1, ?) as n""")) {
                s.setLong(1, many);
                s.setInt(2, Search.CANDIDATES + 50);
                s.executeUpdate();
            }
        }
        Api.Answer found = search(staff, "mantelzorgregeling&size=5");
        assertThat(found.at("totalCapped")).isEqualTo(true);
        assertThat(found.at("total")).isEqualTo(Search.CANDIDATES);
        assertThat(items(found))
                .hasSize(5)
                .allSatisfy(hit -> assertThat(hit.get("adviceId")).isEqualTo((int) many));
        assertThat(search(staff, "schuldhulpverlening").at("totalCapped")).isEqualTo(false);
    }

    @Test
    void theScreenShowsTheHitsWithMarkedWords() {
        users.create(new UserInput(
                "zoeker", "Zoeker", "zoeker@example.org", Role.STAFF, null, Accounts.PASSWORD, true, null));
        String session = Accounts.logIn(http, "zoeker", Accounts.PASSWORD).session();
        String html = http.toBlocking()
                .retrieve(HttpRequest.GET(
                                "/search?q=" + URLEncoder.encode("a < b schuldhulpverlening", StandardCharsets.UTF_8))
                        .accept(MediaType.TEXT_HTML_TYPE)
                        .cookie(Cookie.of("adviestracker_session", session)));
        assertThat(html)
                .contains("<mark>schuldhulpverlening</mark>")
                .contains("value=\"a &lt; b schuldhulpverlening\"")
                .doesNotContain("a < b schuld")
                .contains("Armoedebeleid in de stad");
    }

    private Api.Answer search(Api api, String query) {
        return api.get("/api/search?q=" + query.replace(" ", "+"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Answer answer) {
        return (List<Map<String, Object>>) answer.at("items");
    }

    private static List<String> kindsAndAdvices(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return items(answer).stream()
                .map(i -> i.get("kind") + " " + i.get("adviceId"))
                .toList();
    }

    private static long advice(
            Connection db,
            long body,
            String subject,
            String theme,
            LocalDate received,
            String status,
            String introduction)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                insert into advice (body_id, subject, kind, received_on, theme, response_due_on, status, introduction)
                values (?, ?, 'UNSOLICITED', ?, ?, ?, ?, ?) returning id""")) {
            s.setLong(1, body);
            s.setString(2, subject);
            s.setDate(3, Date.valueOf(received));
            s.setString(4, theme);
            s.setDate(5, Date.valueOf(received.plusWeeks(6)));
            s.setString(6, status);
            s.setString(7, introduction);
            return id(s);
        }
    }

    private static long point(Connection db, long advice, String label, String text) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                insert into point (advice_id, position, label, text, kind) values (?, ?, ?, ?, 'RECOMMENDATION') returning id""")) {
            s.setLong(1, advice);
            s.setInt(2, Integer.parseInt(label));
            s.setString(3, label);
            s.setString(4, text);
            return id(s);
        }
    }

    private static long response(Connection db, long advice, String stance, String text, String reason, long point)
            throws SQLException {
        long id;
        try (PreparedStatement s = db.prepareStatement(
                "insert into response (advice_id, stance, text, reason) values (?, ?, ?, ?) returning id")) {
            s.setLong(1, advice);
            s.setString(2, stance);
            s.setString(3, text);
            s.setString(4, reason);
            id = id(s);
        }
        insert(
                db,
                "insert into response_point (point_id, response_id, advice_id) values (" + point + ", " + id + ", "
                        + advice + ") returning point_id");
        return id;
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            return id(s);
        }
    }

    private static long id(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
