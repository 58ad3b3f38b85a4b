package nl.adviestracker.notification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The daily digest's order: one section per kind, in the kinds' order, each notice in the order it came. */
final class DigestGrouping {

    /** One notice as the digest lists it; {@code link} is absolute. */
    record Line(NoticeKind kind, String text, String link) {}

    /** One section: the kind's Dutch name and its notices. */
    record Section(String title, List<Line> lines) {}

    private DigestGrouping() {}

    static List<Section> group(List<Line> lines) {
        Map<NoticeKind, List<Line>> byKind = new EnumMap<>(NoticeKind.class);
        for (Line line : lines) {
            byKind.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(line);
        }
        List<Section> sections = new ArrayList<>();
        byKind.forEach(
                (kind, mine) -> sections.add(new Section(kind.dutch() + " (" + mine.size() + ")", List.copyOf(mine))));
        return sections;
    }

    /** "Adviestracker: dagoverzicht van 1 december 2026, 3 meldingen". */
    static String subject(int count, String day) {
        return "Adviestracker: dagoverzicht van " + day + ", " + count + (count == 1 ? " melding" : " meldingen");
    }
}
