package nl.adviestracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.ResponseTermUnit;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.response.Stance;
import org.junit.jupiter.api.Test;

/** The rules for the rows of an import file, on the sample with errors, without a database. */
class ImportCheckTest {

    static final SignedInUser STAFF = new SignedInUser(1, "beleid", "Bram", Role.STAFF, 1L, null, null);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final AdvisoryBody OPEN =
            new AdvisoryBody(5L, "Adviesraad Importstad", "ARI", null, null, null, 6, ResponseTermUnit.WEEKS, null, 0);
    static final AdvisoryBody DISSOLVED = new AdvisoryBody(
            6L, "Sportraad", "SPR", null, null, null, 6, ResponseTermUnit.WEEKS, LocalDate.of(2020, 1, 1), 0);

    /** Two bodies, and advices that exist already (body|subject|received). */
    record Known(Set<String> existing) implements ImportCheck.Known {
        @Override
        public Optional<AdvisoryBody> body(String name) {
            return List.of(OPEN, DISSOLVED).stream()
                    .filter(b ->
                            b.shortName().equalsIgnoreCase(name) || b.name().equalsIgnoreCase(name))
                    .findFirst();
        }

        @Override
        public boolean adviceExists(long bodyId, String subject, LocalDate receivedOn) {
            return existing.contains(bodyId + "|" + subject + "|" + receivedOn);
        }
    }

    static byte[] sample(String body, String dissolved) throws IOException {
        try (InputStream in = ImportCheckTest.class.getResourceAsStream("/import/advices-2007.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("{body}", body)
                    .replace("{dissolved}", dissolved)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    static ImportPlan plan(Set<String> existing) throws IOException {
        return ImportCheck.plan(ImportFile.read(sample("ARI", "SPR")), new Known(existing), STAFF, TODAY);
    }

    @Test
    void everyRefusedRowIsNamedWithItsColumnAndTheReasonInDutch() throws IOException {
        ImportPlan plan = plan(Set.of());
        assertThat(plan.refusals())
                .extracting(ImportPlan.Refusal::row, ImportPlan.Refusal::column, ImportPlan.Refusal::reason)
                .containsExactly(
                        tuple(
                                8,
                                "onderwerp",
                                "verschilt van rij 6 van hetzelfde advies; de kolommen van het advies zijn"
                                        + " op elke rij gelijk"),
                        tuple(
                                6,
                                "reden",
                                "is verplicht bij het standpunt 'niet overgenomen': wie afwijkt van het advies,"
                                        + " geeft de redenen (Awb 3:50)"),
                        tuple(7, "punt", "punt 1 komt al voor in dit advies (rij 6)"),
                        tuple(
                                9,
                                "adviesorgaan",
                                "adviesorgaan 'ONBEKEND' is onbekend; gebruik de afkorting of naam uit" + " de tool"),
                        tuple(10, "ontvangen op", "'31-02-2007' is geen datum; schrijf 2007-03-14 of 14-03-2007"),
                        tuple(
                                11,
                                "bewijs toezegging",
                                "is verplicht om af te ronden: een besluit, document of link dat"
                                        + " laat zien dat het is gedaan"),
                        tuple(12, "adviesorgaan", "adviesorgaan Sportraad is opgeheven"),
                        tuple(13, "tekst punt", "is verplicht"));
        assertThat(plan.refusedAdvices())
                .containsExactly("A-2007-03", "A-2007-04", "A-2007-05", "A-2007-06", "A-2007-07", "A-2007-08");
    }

    @Test
    void theGoodAdvicesAreListedWithTheirPointsResponsesAndFollowUps() throws IOException {
        ImportPlan plan = plan(Set.of());
        assertThat(plan.advices()).extracting(ImportPlan.Advice::reference).containsExactly("A-2007-01", "A-2007-02");
        ImportPlan.Advice sent = plan.advices().get(0);
        assertThat(sent.bodyId()).isEqualTo(5L);
        assertThat(sent.kind()).isEqualTo(AdviceKind.UNSOLICITED);
        assertThat(sent.letterDatedOn()).isEqualTo(LocalDate.of(2007, 3, 1));
        assertThat(sent.receivedOn()).isEqualTo(LocalDate.of(2007, 3, 5));
        assertThat(sent.sentOn()).isEqualTo(LocalDate.of(2007, 4, 10));
        assertThat(sent.ourReference()).isEqualTo("DMO-2007-12");
        assertThat(sent.points())
                .extracting(p -> p.response().stance())
                .containsExactly(Stance.ADOPTED, Stance.NOT_ADOPTED);
        assertThat(sent.points())
                .extracting(p -> p.followUp().status())
                .containsExactly(FollowUpStatus.DONE, FollowUpStatus.DROPPED);
        assertThat(sent.points().get(0).followUp().owner())
                .as("the advice's department when the follow-up names none")
                .isEqualTo("Afdeling DMO Beleid");

        ImportPlan.Advice open = plan.advices().get(1);
        assertThat(open.receivedOn()).as("a Dutch date").isEqualTo(LocalDate.of(2007, 6, 5));
        assertThat(open.sentOn()).isNull();
        assertThat(open.points())
                .extracting(ImportPlan.Point::kind)
                .containsExactly(PointKind.REQUEST, PointKind.QUESTION);
        assertThat(open.responses()).isEqualTo(1);
        assertThat(open.followUps()).isEqualTo(1);
    }

    @Test
    void anAdviceThatExistsAlreadyIsRefused() throws IOException {
        ImportPlan plan = plan(Set.of("5|Minimabeleid 2007|2007-03-05"));
        assertThat(plan.refusals()).first().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.column()).isEqualTo("onderwerp");
            assertThat(r.reason())
                    .startsWith("dit advies bestaat al: ARI, 'Minimabeleid 2007', ontvangen op 2007-03-05");
        });
        assertThat(plan.advices()).extracting(ImportPlan.Advice::reference).containsExactly("A-2007-02");
    }

    @Test
    void anAnsweredAdviceHasAResponseOnEveryPointAndWasSentAfterItCameIn() {
        String header = "advies,adviesorgaan,onderwerp,ontvangen op,verzonden op,punt,tekst punt,standpunt,reactie\n";
        ImportPlan plan = ImportCheck.plan(
                ImportFile.read((header
                                + "X,ARI,Vervoer,2007-05-01,2007-04-01,1,Rijd vaker.,overgenomen,Ja.\n"
                                + "X,ARI,Vervoer,2007-05-01,2007-04-01,2,Rijd later.,,\n"
                                + "Y,ARI,Later,2007-05-01,2027-01-01,1,Rijd vaker.,overgenomen,Ja.\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new Known(Set.of()),
                STAFF,
                TODAY);
        assertThat(plan.refusals())
                .extracting(ImportPlan.Refusal::row, ImportPlan.Refusal::column, ImportPlan.Refusal::reason)
                .containsExactly(
                        tuple(2, "verzonden op", "ligt voor de dag van ontvangst (2007-05-01)"),
                        tuple(
                                3,
                                "standpunt",
                                "is verplicht: het antwoord is verzonden (2007-04-01), dus elk punt heeft"
                                        + " een reactie"),
                        tuple(4, "verzonden op", "ligt in de toekomst; een brief uit het archief is al verzonden"));
    }
}
