package nl.adviestracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Importing earlier years over the API, on the sample with errors (2007): the dry run lists what would be
 * created and every refused row and stores nothing; the import refuses a file with refused rows unless asked
 * to take only the good advices, then creates exactly what the dry run listed, through the same moves as
 * the screens (answered advices have their letter sent from the archive); a second import finds them as
 * duplicates, and their points are repeat hints for a new advice of the body.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s") // a shared, busy test machine
class ImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Bodies bodies;

    static long counter = System.nanoTime() % 1_000_000;

    AdvisoryBody body;
    Api staff;
    Api script;
    String token;
    byte[] sample;

    @BeforeEach
    void setUp() throws IOException {
        long unique = ++counter;
        body = bodies.create(new BodyInput("Importraad " + unique, "IMP" + unique, null, null, null, null, null, null));
        AdvisoryBody dissolved =
                bodies.create(new BodyInput("Sportraad " + unique, "SPR" + unique, null, null, null, null, null, null));
        bodies.dissolve(dissolved.id());
        sample = ImportCheckTest.sample(body.shortName(), dissolved.shortName());
        staff = accounts.staff(http);
        script = new Api(http);
        token = accounts.apiToken(nl.adviestracker.account.Role.STAFF, null);
    }

    private Api.Answer send(String query, byte[] file) {
        return script.exchange(HttpRequest.POST("/api/import/advices" + query, file)
                .contentType("text/csv")
                .bearerAuth(token));
    }

    private long advicesOfBody() {
        return ((Number) staff.get("/api/advices?bodyId=" + body.id()).at("total")).longValue();
    }

    @Test
    void theDryRunListsWhatWouldBeCreatedAndEveryRefusedRowAndStoresNothing() {
        Api.Answer dryRun = send("?dryRun=true", sample);
        assertThat(dryRun.status()).as(String.valueOf(dryRun.body())).isEqualTo(200);
        assertThat(dryRun.at("dryRun")).isEqualTo(true);
        assertThat(dryRun.at("created.0.reference")).isEqualTo("A-2007-01");
        assertThat(dryRun.at("created.0.adviceId")).isNull();
        assertThat(dryRun.at("created.0.sentOn")).isEqualTo("2007-04-10");
        assertThat(List.of(
                        dryRun.at("created.0.points"),
                        dryRun.at("created.0.responses"),
                        dryRun.at("created.0.followUps")))
                .containsExactly(2, 2, 2);
        assertThat(dryRun.at("created.1.reference")).isEqualTo("A-2007-02");
        assertThat(List.of(
                        dryRun.at("created.1.points"),
                        dryRun.at("created.1.responses"),
                        dryRun.at("created.1.followUps")))
                .containsExactly(2, 1, 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> refusals = (List<Map<String, Object>>) dryRun.at("refusals");
        assertThat(refusals)
                .extracting(r -> r.get("row") + " " + r.get("column") + ": " + r.get("reason"))
                .containsExactly(
                        "8 onderwerp: verschilt van rij 6 van hetzelfde advies; de kolommen van het advies zijn op elke"
                                + " rij gelijk",
                        "6 reden: is verplicht bij het standpunt 'niet overgenomen': wie afwijkt van het advies, geeft de"
                                + " redenen (Awb 3:50)",
                        "7 punt: punt 1 komt al voor in dit advies (rij 6)",
                        "9 adviesorgaan: adviesorgaan 'ONBEKEND' is onbekend; gebruik de afkorting of naam uit de tool",
                        "10 ontvangen op: '31-02-2007' is geen datum; schrijf 2007-03-14 of 14-03-2007",
                        "11 bewijs toezegging: is verplicht om af te ronden: een besluit, document of link dat laat zien"
                                + " dat het is gedaan",
                        "12 adviesorgaan: adviesorgaan Sportraad " + (counter) + " is opgeheven",
                        "13 tekst punt: is verplicht");
        assertThat(advicesOfBody()).as("a dry run stores nothing").isZero();

        Api.Answer refused = send("", sample);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat((List<?>) refused.at("errors")).hasSize(8);
        assertThat(advicesOfBody())
                .as("a file with refused rows is refused whole")
                .isZero();
    }

    @Test
    void theImportCreatesExactlyWhatTheDryRunListedAndASecondImportFindsDuplicates() {
        Api.Answer dryRun = send("?dryRun=true", sample);
        MultipartBody upload = MultipartBody.builder()
                .addPart("file", "adviezen-2007.csv", MediaType.of("text/csv"), sample)
                .build();
        assertThat(staff.exchange(HttpRequest.POST("/api/import/advices?onlyValid=true", upload)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE))
                        .status())
                .as(
                        "an upload with the session cookie and without the CSRF token, as a form on another site would send")
                .isEqualTo(403);
        Api.Answer imported = script.exchange(HttpRequest.POST(
                        "/api/import/advices?onlyValid=true",
                        MultipartBody.builder()
                                .addPart("file", "adviezen-2007.csv", MediaType.of("text/csv"), sample)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token));
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.at("dryRun")).isEqualTo(false);
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("reference", "subject", "points", "responses", "followUps", "sentOn")) {
                assertThat(imported.at("created." + i + "." + field))
                        .isEqualTo(dryRun.at("created." + i + "." + field));
            }
        }
        assertThat(imported.at("refusals")).isEqualTo(dryRun.at("refusals"));
        assertThat(advicesOfBody()).isEqualTo(2);

        long answered = ((Number) imported.at("created.0.adviceId")).longValue();
        Api.Answer dossier = staff.get("/api/advices/" + answered);
        assertThat(dossier.at("advice.status")).isEqualTo("ANSWERED");
        assertThat(dossier.at("advice.letterDatedOn")).isEqualTo("2007-03-01");
        assertThat(dossier.at("advice.receivedOn")).isEqualTo("2007-03-05");
        assertThat((List<?>) dossier.at("points")).hasSize(2);
        assertThat(dossier.at("responses.1.stance")).isEqualTo("NOT_ADOPTED");
        assertThat(dossier.at("responses.1.reason")).isEqualTo("Daar is in de begroting 2007 geen ruimte voor.");
        assertThat(List.of(dossier.at("followUps.0.status"), dossier.at("followUps.1.status")))
                .containsExactlyInAnyOrder("DONE", "DROPPED");
        Api.Answer route = staff.get("/api/advices/" + answered + "/letter/route");
        assertThat(route.at("route.station")).isEqualTo("SENT");
        assertThat(route.at("route.sentOn")).isEqualTo("2007-04-10");
        assertThat(route.at("route.sentMeans")).isEqualTo("ARCHIVE");

        long open = ((Number) imported.at("created.1.adviceId")).longValue();
        assertThat(staff.get("/api/advices/" + open).at("advice.status")).isEqualTo("RECEIVED");

        Api.Answer again = send("?dryRun=true", sample);
        assertThat(again.at("created")).isEqualTo(List.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> duplicates = (List<Map<String, Object>>) again.at("refusals");
        assertThat(duplicates.get(0).get("row")).isEqualTo(2);
        assertThat((String) duplicates.get(0).get("reason")).startsWith("dit advies bestaat al: " + body.shortName());
        assertThat(duplicates.get(1).get("row")).isEqualTo(4);
        assertThat(send("?onlyValid=true", sample).status())
                .as("nothing left to import")
                .isEqualTo(400);
        assertThat(advicesOfBody()).isEqualTo(2);
    }

    @Test
    void importedPointsAreRepeatHintsForANewAdviceOfTheBody() {
        assertThat(send("?onlyValid=true", sample).status()).isEqualTo(201);
        Api member = accounts.member(http, body.id());
        Api.Answer advice = member.post(
                "/api/advices",
                Map.of(
                        "bodyId",
                        body.id(),
                        "subject",
                        "Minimabeleid 2008",
                        "kind",
                        "UNSOLICITED",
                        "receivedOn",
                        "2008-02-01",
                        "points",
                        List.of(Map.of(
                                "label",
                                "1",
                                "text",
                                "Wij herhalen: leg de minimaregelingen in eenvoudige taal en op één plek uit.",
                                "kind",
                                "RECOMMENDATION"))));
        assertThat(advice.status()).isEqualTo(201);
        Api.Answer hints = staff.get("/api/advices/" + advice.id() + "/repeats");
        assertThat(hints.at("0.hints.0.subject")).isEqualTo("Minimabeleid 2007");
        assertThat(hints.at("0.hints.0.stance")).isEqualTo("overgenomen");
        Api.Answer asMember = member.get("/api/advices/" + advice.id() + "/repeats");
        assertThat(asMember.at("0.hints.0.stance"))
                .as("the imported answer was sent, so the member sees it")
                .isEqualTo("overgenomen");
    }

    @Test
    void theTemplatesDownloadAndAFileThatIsNotCsvOrXlsxGets400() {
        Api.Download csv = staff.download("/api/import/template.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("advies;adviesorgaan;onderwerp");
        Api.Download xlsx = staff.download("/api/import/template.xlsx");
        assertThat(xlsx.contentType()).startsWith(XLSX);
        assertThat(ImportFile.read(xlsx.bytes())).hasSize(2);

        Api.Answer notAFile = script.exchange(HttpRequest.POST(
                        "/api/import/advices?dryRun=true", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bearerAuth(token));
        assertThat(notAFile.status()).isEqualTo(400);
        assertThat(notAFile.contentType()).startsWith("application/problem+json");
        assertThat(notAFile.at("errors.0.field")).isEqualTo("file");
        Api.Answer wrongHeaders = send("?dryRun=true", "advies,orgaan\nA,B\n".getBytes());
        assertThat(wrongHeaders.status()).isEqualTo(400);
        assertThat(wrongHeaders.at("detail").toString()).contains("kolom 'orgaan' is onbekend");
        assertThat(accounts.member(http, body.id())
                        .exchange(HttpRequest.POST("/api/import/advices?dryRun=true", sample)
                                .contentType("text/csv"))
                        .status())
                .isEqualTo(403);
    }
}
