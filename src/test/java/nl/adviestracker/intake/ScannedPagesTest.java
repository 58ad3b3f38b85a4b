package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Intake doubts a point read by OCR only when the page it stands on was poorly read. */
class ScannedPagesTest {

    private final OcrPage clear = new OcrPage(1, 91, 40);
    private final OcrPage poor = new OcrPage(2, 52, 30);
    private final ScannedPages scan = new ScannedPages(
            List.of(clear, poor),
            List.of(
                    "Geacht college,\n\n1. Houd de jongerencentra ook in de\nzomer open voor iedereen.",
                    "2. Wij constateren dat meisjes het jongerenwerk\nweinig bezoeken.\n\nMet vriendelijke groet,"));

    @Test
    void aPointOnAClearPageIsNotDoubted() {
        ProposedPoint point = new ProposedPoint("1", "Houd de jongerencentra ook in de zomer open voor iedereen.");
        assertThat(scan.withDoubtAboutPoorPages(point).doubts()).isEmpty();
    }

    @Test
    void aPointOnAPoorPageIsDoubtedNamingThePage() {
        ProposedPoint point = new ProposedPoint("2", "Wij constateren dat meisjes het jongerenwerk weinig bezoeken.");
        assertThat(scan.withDoubtAboutPoorPages(point).doubts())
                .containsExactly("Met tekstherkenning gelezen van pagina 2, die slecht leesbaar is (zekerheid 52%): "
                        + "controleer deze tekst tegen het origineel.");
    }

    @Test
    void aPointThatRunsOntoAPoorPageIsDoubted() {
        ScannedPages split = new ScannedPages(
                List.of(clear, poor),
                List.of("1. Houd de jongerencentra ook in de zomer open", "voor iedereen die daar graag komt."));
        ProposedPoint point = new ProposedPoint(
                "1", "Houd de jongerencentra ook in de zomer open voor iedereen die daar graag komt.");
        assertThat(split.pagesOf(point.text())).containsExactly(clear, poor);
    }

    @Test
    void aPointFoundOnNoPageIsDoubtedWhenAnyPageWasPoor() {
        ProposedPoint point = new ProposedPoint("3", "Een tekst die de scan nergens bevat.");
        assertThat(scan.withDoubtAboutPoorPages(point).doubts())
                .singleElement()
                .asString()
                .contains("pagina 2");
    }
}
