package nl.adviestracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.adviestracker.response.Stance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The charts are standalone SVG documents: well-formed, without scripts, with the figures' Dutch labels. */
class ChartDrawingTest {

    private static final QuarterTrend TREND = QuarterTrend.of(List.of(
            new QuarterTrend.AdviceDates(
                    LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 12)),
            new QuarterTrend.AdviceDates(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 6, 13), null)));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertChart(String svg, String... labels) throws Exception {
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(document.getDocumentElement().getTextContent()).contains(labels);
    }

    @Test
    void theTrendChartsNameTheQuartersAndTheirSeries() throws Exception {
        assertChart(ChartDrawing.advices(TREND), "K1 2024", "K2 2024", "Ontvangen", "Beantwoord");
        assertChart(ChartDrawing.onTime(TREND), "K1 2024", "100%");
        assertChart(ChartDrawing.medianDays(TREND), "K1 2024", "K2 2024");
    }

    @Test
    void theStanceChartNamesEachGroupAndStance() throws Exception {
        List<ReportRow.StanceShare> shares = java.util.Arrays.stream(Stance.values())
                .map(s -> new ReportRow.StanceShare(
                        s, s.dutch(), s == Stance.ADOPTED ? 3 : 1, s == Stance.ADOPTED ? 0.3333 : 0.1111))
                .toList();
        StanceRow row = new StanceRow("Adviesraad Wmo", 9, shares);

        assertChart(ChartDrawing.stances(List.of(row)), "Adviesraad Wmo", "overgenomen", "wordt meegenomen");
    }

    @Test
    void theFollowUpChartNamesItsBands() throws Exception {
        FollowUpAges ages = FollowUpAges.of(
                List.of(new FollowUpAges.OpenFollowUp(LocalDate.of(2025, 1, 1), null)), LocalDate.of(2025, 6, 30));

        assertChart(ChartDrawing.followUpAges(ages), "tot 1 maand", "een jaar of ouder", "Te laat", "Zonder datum");
    }

    @Test
    void withoutFiguresTheChartSaysSo() throws Exception {
        assertChart(ChartDrawing.advices(QuarterTrend.of(List.of())), "Nog geen gegevens");
        assertChart(
                ChartDrawing.followUpAges(FollowUpAges.of(List.of(), LocalDate.of(2025, 6, 30))),
                "Geen open toezeggingen");
    }
}
