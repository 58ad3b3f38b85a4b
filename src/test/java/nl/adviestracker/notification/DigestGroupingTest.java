package nl.adviestracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The daily digest: one section per kind, in the kinds' order, notices in the order they came. */
class DigestGroupingTest {

    static DigestGrouping.Line line(NoticeKind kind, String text) {
        return new DigestGrouping.Line(kind, text, "https://adviestracker.example/advices/1");
    }

    @Test
    void noticesAreGroupedByKindInTheKindsOrder() {
        List<DigestGrouping.Section> sections = DigestGrouping.group(List.of(
                line(NoticeKind.MENTIONED, "Anna noemde u"),
                line(NoticeKind.OVERDUE, "Toezegging te laat"),
                line(NoticeKind.MENTIONED, "Bram noemde u"),
                line(NoticeKind.ASSIGNED, "Punt 3 is aan u toegewezen")));

        assertThat(sections)
                .extracting(DigestGrouping.Section::title)
                .containsExactly("Aan u toegewezen (1)", "Termijn verstreken (1)", "Genoemd in een notitie (2)");
        assertThat(sections.get(2).lines())
                .extracting(DigestGrouping.Line::text)
                .containsExactly("Anna noemde u", "Bram noemde u");
    }

    @Test
    void noNoticesNoSections() {
        assertThat(DigestGrouping.group(List.of())).isEmpty();
    }

    @Test
    void theSubjectCountsTheNotices() {
        assertThat(DigestGrouping.subject(1, "1 december 2026"))
                .isEqualTo("Adviestracker: dagoverzicht van 1 december 2026, 1 melding");
        assertThat(DigestGrouping.subject(3, "1 december 2026"))
                .isEqualTo("Adviestracker: dagoverzicht van 1 december 2026, 3 meldingen");
    }
}
