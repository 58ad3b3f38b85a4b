package nl.adviestracker.intake;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.advice.PointKind;

/**
 * Proposes how an advice splits into points.
 *
 * <ol>
 *   <li>The letter around the advice is found and left out ({@link LetterFrame}).</li>
 *   <li>Every paragraph's leading marker is parsed ({@link Marker}); the points are the longest run
 *       of one numbering style counting 1, 2, 3 (a restart at 1 begins a new run). Requiring a run is
 *       what keeps a date, a year or "art. 3.8 lid 3" from becoming a point.</li>
 *   <li>Within a point, letters ("a.", "b)") or "2a", "2b" form sub-points; bullets and further
 *       paragraphs belong to the point's text. An unnumbered heading just before the next point is a
 *       section title and is reported, not added to a point.</li>
 *   <li>After the last point the conclusion starts at a closing phrase ("Tot slot", "Wij zijn graag
 *       bereid ..."), at a heading, or, when no point had more than one paragraph, at the first plain
 *       paragraph.</li>
 *   <li>Without numbering, each bullet or else each paragraph is proposed as a point.</li>
 * </ol>
 */
@Singleton
public class PointDetector {

    private static final Pattern CONCLUSION = Pattern.compile(
            "(?iu)^(tot slot|ten slotte|tenslotte|afsluitend|samenvattend|concluderend|kortom|"
                    + "(wij|we) (vertrouwen|hopen|horen|zien|wachten|verwachten|ontvangen)\\b|"
                    + "(wij|we) zijn (graag|uiteraard|altijd|van harte|gaarne) bereid|graag (lichten|zijn|gaan) (wij|we)|"
                    + "voor (vragen|een toelichting|nadere (informatie|toelichting))|mocht u|(wij|we) gaan ervan uit|"
                    + "graag ontvangen (wij|we)|de (asdg|adviesgroep|projectgroep)\\b[^.]*\\b(ziet|wacht|hoort|is graag|blijft graag))");
    private static final Pattern CONCLUSION_HEADING = Pattern.compile(
            "(?iu)^(tot slot|slot|afsluiting|conclusie|conclusies|samenvatting|slotopmerking(en)?|ten slotte|afsluitend|tenslotte)[:.]?$");
    private static final Pattern INTRO = Pattern.compile(
            "(?iu)^(hierbij|bij deze|op \\d{1,2} \\p{L}+|in uw (brief|adviesaanvraag|e-?mail|verzoek)|naar aanleiding van|"
                    + "u (heeft|hebt|vroeg) |met deze (brief|e-?mail)|graag (geven|brengen|sturen|bieden) (wij|we)|"
                    + "de (asdg|adviesgroep|projectgroep)\\b[^.]*\\b(advies|adviseert|heeft))");
    private static final Pattern PAGE_NOISE =
            Pattern.compile("(?iu)^((pagina|bladzijde|blad)\\s*\\d+(\\s*(van|/)\\s*\\d+)?|-\\s*\\d+\\s*-|\\d{1,3})$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TABLE_ROW = Pattern.compile("(?s)^(\\d{1,2})\\.?\\t(.*\\S.*)$");
    /** Wording that gives advice, asks or finds something: in prose, the advice runs from the first to the last such paragraph. */
    private static final Pattern ADVISING = Pattern.compile(
            "(?iu)\\b(adviseren|adviseert|raden (wij|we|u)|raden\\b[^.]*\\baan\\b|stellen (wij |we )?(u )?voor|pleiten|"
                    + "(wij|we) vragen u|vragen (wij|we) u|verzoeken|(wij|we) (constateren|stellen vast)|stellen (wij|we) vast|"
                    + "(wij|we) vinden (het )?(belangrijk|nodig|wenselijk))");

    private static final Pattern SPACES = Pattern.compile("[ \\x0B\\f\\p{Zs}]+");

    /** A paragraph of the advice's body with its marker, if any. */
    private record Item(String text, boolean heading, boolean titleLike, Marker marker, String cellReference) {
        boolean isBullet() {
            return marker != null && marker.style() == Marker.Style.BULLET;
        }

        String rendered() {
            return isBullet() ? "- " + marker.rest() : text;
        }
    }

    private record Chain(List<Integer> positions, List<Marker> markers, List<String> gaps) {}

    public ProposedSplit detect(ExtractedDocument document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Paragraph p : document.paragraphs()) {
            String lines = p.text()
                    .lines()
                    .map(l -> SPACES.matcher(l)
                            .replaceAll(" ")
                            .replaceAll(" ?\t[\t ]*", "\t")
                            .strip())
                    .filter(l -> !l.isEmpty())
                    .reduce((a, b) -> a + "\n" + b)
                    .orElse("");
            if (!lines.isEmpty() && !PAGE_NOISE.matcher(lines).matches()) {
                paragraphs.add(p);
                texts.add(lines);
            }
        }
        LetterFrame frame = LetterFrame.find(texts, document.subjectHint(), document.dateHint());
        List<Item> body = new ArrayList<>();
        for (int i = frame.bodyStart(); i < frame.bodyEnd(); i++) {
            body.add(item(paragraphs.get(i), texts.get(i)));
        }
        List<String> warnings = new ArrayList<>();
        Optional<Chain> chain = primaryChain(body);
        ProposedSplit split = chain.isPresent()
                ? numbered(document.format(), frame, body, chain.get(), warnings)
                : unnumbered(document.format(), frame, body, warnings);
        if (!frame.closingFound() && !body.isEmpty()) {
            warnings.add(
                    "Geen afsluiting (zoals 'Met vriendelijke groet') gevonden: controleer of de laatste alinea's bij het advies horen.");
        }
        if (frame.metadata().date() == null) {
            warnings.add("Geen briefdatum gevonden.");
        }
        if (frame.metadata().subject() == null) {
            warnings.add("Geen onderwerp gevonden.");
        }
        List<OcrPage> ocr = document.ocrPages();
        List<ProposedPoint> points = classified(split.points(), split.numberingFound());
        String message = split.message();
        if (!ocr.isEmpty()) {
            message = ocrNote(ocr) + " " + message;
            for (OcrPage page : ocr) {
                if (page.low()) {
                    warnings.add(
                            0,
                            "Pagina " + page.page() + " is slecht leesbaar (zekerheid " + page.confidence()
                                    + "%): vergelijk de tekst woord voor woord met het origineel.");
                }
            }
            ScannedPages scanned = new ScannedPages(ocr, document.ocrTexts());
            points = points.stream().map(scanned::withDoubtAboutPoorPages).toList();
        }
        return new ProposedSplit(
                split.format(),
                split.metadata(),
                split.introduction(),
                points,
                split.conclusion(),
                split.numberingFound(),
                message,
                warnings,
                ocr);
    }

    /** "Gelezen met tekstherkenning (OCR): pagina 1 92% zeker, pagina 2 61% zeker." */
    static String ocrNote(List<OcrPage> pages) {
        List<String> parts = new ArrayList<>();
        for (OcrPage page : pages) {
            parts.add("pagina " + page.page() + " " + page.confidence() + "% zeker");
        }
        return "Deze scan is gelezen met tekstherkenning (OCR): " + String.join(", ", parts) + ".";
    }

    /** Each point with its kind, its reference and what the detector doubted about it. */
    private static List<ProposedPoint> classified(List<ProposedPoint> points, boolean numbered) {
        List<ProposedPoint> out = new ArrayList<>();
        Integer previous = null;
        for (ProposedPoint point : points) {
            List<String> doubts = new ArrayList<>();
            PointKind kind = PointClassifier.kind(point.text());
            String doubtAboutKind = PointClassifier.kindDoubt(point.text(), kind);
            if (doubtAboutKind != null) {
                doubts.add(doubtAboutKind);
            }
            Integer number = point.label().matches("\\d{1,3}") ? Integer.valueOf(point.label()) : null;
            if (numbered && number != null && previous != null && number > previous + 1) {
                doubts.add("De nummering springt van " + previous + " naar " + number
                        + ": controleer of hier een punt ontbreekt.");
            }
            if (number != null) {
                previous = number;
            }
            if (!numbered) {
                doubts.add("Zonder nummering voorgesteld: controleer of deze alinea een eigen punt is.");
            }
            String reference = point.documentReference() != null
                    ? point.documentReference()
                    : PointClassifier.reference(point.text()).orElse(null);
            out.add(new ProposedPoint(point.label(), point.text(), kind, reference, doubts));
        }
        return out;
    }

    private static Item item(Paragraph p, String text) {
        Matcher row = TABLE_ROW.matcher(text);
        if (row.matches()) {
            return tableRow(row);
        }
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        boolean heading = p.kind() == Paragraph.Kind.HEADING;
        boolean titleLike = heading
                || flat.length() <= 80
                        && !flat.matches("(?s).*[.,;:?!]$")
                        && flat.split(" ").length <= 12
                        && Character.isUpperCase(firstLetter(flat));
        boolean bareAllowed = heading || p.kind() == Paragraph.Kind.LIST_ITEM || titleLike;
        Marker marker = Marker.parse(flat, bareAllowed).orElse(null);
        return new Item(flat, heading, titleLike && marker == null, marker, null);
    }

    /**
     * A table row whose first cell is a number ("1", "2.") numbers a point: the other cells are its text,
     * except a cell that only names an article ("art. 4.2"), which is the point's reference.
     */
    private static Item tableRow(Matcher row) {
        String reference = null;
        List<String> cells = new ArrayList<>();
        for (String cell : row.group(2).split("\t")) {
            String c = WHITESPACE.matcher(cell).replaceAll(" ").strip();
            if (c.isEmpty()) {
                continue;
            }
            if (reference == null && PointClassifier.REFERENCE_ONLY.matcher(c).matches()) {
                reference = c.replaceAll("[:.]$", "");
            } else {
                cells.add(c);
            }
        }
        String rest = String.join(" ", cells);
        String flat = row.group(1) + " " + rest;
        Marker marker = new Marker(Marker.Style.DECIMAL_BARE, "", Integer.parseInt(row.group(1)), "", rest);
        return new Item(flat, false, false, marker, reference);
    }

    private static char firstLetter(String s) {
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                return c;
            }
        }
        return 'a';
    }

    // ---------------------------------------------------------------- numbering

    private static Optional<Chain> primaryChain(List<Item> body) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        Map<String, List<Marker>> markers = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            Marker m = body.get(i).marker();
            if (m == null
                    || m.style() == Marker.Style.BULLET
                    || m.style() == Marker.Style.DECIMAL_LETTER
                    || m.style() == Marker.Style.DECIMAL_DOTTED) {
                continue;
            }
            List<Marker> readings = new ArrayList<>(List.of(m));
            m.alternative().ifPresent(readings::add);
            for (Marker reading : readings) {
                positions
                        .computeIfAbsent(reading.styleKey(), k -> new ArrayList<>())
                        .add(i);
                markers.computeIfAbsent(reading.styleKey(), k -> new ArrayList<>())
                        .add(reading);
            }
        }
        Chain best = null;
        for (String style : positions.keySet()) {
            for (Chain run : runs(positions.get(style), markers.get(style))) {
                if (run.positions().size() >= 2 && (best == null || better(run, best))) {
                    best = run;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Longer wins; lower-case letters only when nothing else numbers the points; on a tie the earlier.
     * A keyword chain ("Advies 1", "Aanbeveling 2") wins over plain numbers, which under keywords are
     * usually the numbered arguments of one recommendation.
     */
    private static boolean better(Chain run, Chain best) {
        boolean keyword = run.markers().get(0).style() == Marker.Style.KEYWORD;
        boolean bestKeyword = best.markers().get(0).style() == Marker.Style.KEYWORD;
        if (keyword != bestKeyword) {
            return keyword;
        }
        boolean letters = run.markers().get(0).style() == Marker.Style.LETTER_LOWER;
        boolean bestLetters = best.markers().get(0).style() == Marker.Style.LETTER_LOWER;
        if (letters != bestLetters) {
            return !letters;
        }
        if (run.positions().size() != best.positions().size()) {
            return run.positions().size() > best.positions().size();
        }
        return run.positions().get(0) < best.positions().get(0);
    }

    /** Splits one style's markers into runs counting up from 1; a small gap is bridged and reported. */
    private static List<Chain> runs(List<Integer> positions, List<Marker> markers) {
        List<Chain> runs = new ArrayList<>();
        Chain current = null;
        for (int n = 0; n < positions.size(); n++) {
            int position = positions.get(n);
            Marker m = markers.get(n);
            if (m.value() == 1) {
                current = new Chain(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                runs.add(current);
                current.positions().add(position);
                current.markers().add(m);
                continue;
            }
            if (current == null) {
                continue;
            }
            int last = current.markers().get(current.markers().size() - 1).value();
            if (m.value() == last + 1 || m.value() == last + 2) {
                if (m.value() == last + 2) {
                    current.gaps()
                            .add("De nummering springt van "
                                    + current.markers()
                                            .get(current.markers().size() - 1)
                                            .label() + " naar " + m.label() + ": controleer of er een punt ontbreekt.");
                }
                current.positions().add(position);
                current.markers().add(m);
            }
        }
        return runs;
    }

    private ProposedSplit numbered(
            DocumentFormat format, LetterFrame frame, List<Item> body, Chain chain, List<String> warnings) {
        warnings.addAll(chain.gaps());
        List<Integer> starts = chain.positions();
        Marker.Style primaryStyle = chain.markers().get(0).style();
        int firstStart = starts.get(0);
        String introduction = join(body.subList(0, firstStart));

        // where the last point ends
        boolean multiParagraph = false;
        for (int k = 0; k + 1 < starts.size(); k++) {
            for (int i = starts.get(k) + 1; i < starts.get(k + 1); i++) {
                Item it = body.get(i);
                if (it.marker() == null && !(it.titleLike() && i == starts.get(k + 1) - 1)) {
                    multiParagraph = true;
                }
            }
        }
        int lastStart = starts.get(starts.size() - 1);
        Item lastItem = body.get(lastStart);
        boolean lastTakesParagraphs = multiParagraph
                || lastItem.heading()
                || lastItem.marker().rest().isEmpty()
                || isTitle(lastItem.marker().rest());
        int conclusionStart = body.size();
        for (int i = lastStart + 1; i < body.size(); i++) {
            Item it = body.get(i);
            if (it.marker() != null) {
                continue;
            }
            boolean cue = CONCLUSION.matcher(it.text()).lookingAt()
                    || CONCLUSION_HEADING.matcher(it.text()).matches();
            boolean heading = (it.heading() || it.titleLike())
                    && i + 1 < body.size()
                    && !(i == lastStart + 1 && lastItem.marker().rest().isEmpty());
            if (cue || heading || !lastTakesParagraphs) {
                conclusionStart = i;
                break;
            }
        }

        List<ProposedPoint> points = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : conclusionStart;
            // a title just before the next point is a section heading, not text of this point
            if (k + 1 < starts.size() && to - 1 > from) {
                Item before = body.get(to - 1);
                boolean firstAfterBareMarker =
                        to - 1 == from + 1 && body.get(from).marker().rest().isEmpty();
                if ((before.titleLike() || before.heading() && before.marker() == null) && !firstAfterBareMarker) {
                    warnings.add("De tussenkop \"" + before.text() + "\" staat tussen punt "
                            + chain.markers().get(k).label() + " en punt "
                            + chain.markers().get(k + 1).label() + " en is bij geen van beide opgenomen.");
                    to--;
                }
            }
            addPoint(points, body, chain.markers().get(k), from, to, primaryStyle);
        }
        String conclusion = join(body.subList(conclusionStart, body.size()));
        int subPoints = (int) points.stream()
                .filter(p -> !p.label().matches("\\d+|[IVXLC]+|[A-Z]|[a-z]"))
                .count();
        String message =
                points.size() + " punten gevonden" + (subPoints > 0 ? ", waarvan " + subPoints + " subpunten" : "")
                        + ". Controleer de indeling voordat u het advies vastlegt.";
        return new ProposedSplit(format, frame.metadata(), introduction, points, conclusion, true, message, List.of());
    }

    /** Adds the point starting at {@code from}, and its sub-points if it has any. */
    private static void addPoint(
            List<ProposedPoint> points, List<Item> body, Marker marker, int from, int to, Marker.Style primaryStyle) {
        List<Integer> subs = subPoints(body, marker, from, to, primaryStyle);
        int ownEnd = subs.isEmpty() ? to : subs.get(0);
        List<String> parts = new ArrayList<>();
        if (!marker.rest().isEmpty()) {
            parts.add(marker.rest());
        }
        for (int i = from + 1; i < ownEnd; i++) {
            parts.add(body.get(i).rendered());
        }
        // "II. Bijverdienen" over "a.", "b.": the title heads the lettered points and is no point itself
        boolean titleOnly = !subs.isEmpty()
                && body.get(subs.get(0)).marker().style() == Marker.Style.LETTER_LOWER
                && parts.size() == 1
                && ownEnd == from + 1
                && isTitle(parts.get(0));
        if ((!parts.isEmpty() || subs.isEmpty()) && !titleOnly) {
            points.add(new ProposedPoint(
                    marker.label(),
                    String.join("\n\n", parts),
                    PointKind.RECOMMENDATION,
                    body.get(from).cellReference(),
                    List.of()));
        }
        for (int s = 0; s < subs.size(); s++) {
            int subFrom = subs.get(s);
            int subTo = s + 1 < subs.size() ? subs.get(s + 1) : to;
            Marker sub = body.get(subFrom).marker();
            List<String> subParts = new ArrayList<>();
            if (!sub.rest().isEmpty()) {
                subParts.add(sub.rest());
            }
            for (int i = subFrom + 1; i < subTo; i++) {
                subParts.add(body.get(i).rendered());
            }
            String label = marker.label()
                    + (sub.style() == Marker.Style.DECIMAL_DOTTED
                            ? "." + sub.sub()
                            : sub.style() == Marker.Style.DECIMAL_LETTER ? sub.sub() : sub.label());
            points.add(new ProposedPoint(label, String.join("\n\n", subParts)));
        }
    }

    /** Positions of sub-points within a point: "a.", "b." (at least two) or "2a"/"2.1" matching the point's number. */
    private static List<Integer> subPoints(
            List<Item> body, Marker parent, int from, int to, Marker.Style primaryStyle) {
        List<Integer> numbered = new ArrayList<>();
        List<Integer> letters = new ArrayList<>();
        int expectedNumbered = 1;
        int expectedLetter = 1;
        for (int i = from + 1; i < to; i++) {
            Marker m = body.get(i).marker();
            if (m == null) {
                continue;
            }
            boolean ownNumber = m.value() == parent.value()
                    && (m.style() == Marker.Style.DECIMAL_LETTER || m.style() == Marker.Style.DECIMAL_DOTTED);
            if (ownNumber && subIndex(m) == expectedNumbered) {
                numbered.add(i);
                expectedNumbered++;
            } else if (m.style() == Marker.Style.LETTER_LOWER
                    && primaryStyle != Marker.Style.LETTER_LOWER
                    && m.value() == expectedLetter) {
                letters.add(i);
                expectedLetter++;
            }
        }
        if (!numbered.isEmpty()) {
            return numbered;
        }
        return letters.size() >= 2 ? letters : List.of();
    }

    private static int subIndex(Marker m) {
        if (m.style() == Marker.Style.DECIMAL_LETTER) {
            return m.sub().charAt(0) - 'a' + 1;
        }
        try {
            return Integer.parseInt(m.sub());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- no numbering

    private ProposedSplit unnumbered(DocumentFormat format, LetterFrame frame, List<Item> body, List<String> warnings) {
        List<Integer> bullets = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).isBullet()) {
                bullets.add(i);
            }
        }
        List<ProposedPoint> points = new ArrayList<>();
        String introduction;
        String conclusion;
        String message;
        if (bullets.size() >= 2) {
            int first = bullets.get(0);
            int last = bullets.get(bullets.size() - 1);
            introduction = join(body.subList(0, first));
            for (int b = 0; b < bullets.size(); b++) {
                int from = bullets.get(b);
                int to = b + 1 < bullets.size() ? bullets.get(b + 1) : last + 1;
                List<String> parts = new ArrayList<>();
                parts.add(body.get(from).marker().rest());
                for (int i = from + 1; i < to; i++) {
                    parts.add(body.get(i).rendered());
                }
                points.add(new ProposedPoint(String.valueOf(points.size() + 1), String.join("\n\n", parts)));
            }
            conclusion = join(body.subList(last + 1, body.size()));
            message = "Geen nummering gevonden: elk opsommingsteken is als apart punt voorgesteld. "
                    + "Controleer de indeling en voeg zo nodig punten samen.";
        } else {
            int start = 0;
            while (start < body.size()
                    && (INTRO.matcher(body.get(start).text()).lookingAt() || isHeadingItem(body.get(start)))) {
                start++;
            }
            int end = body.size();
            for (int i = start + 1; i < body.size(); i++) {
                Item it = body.get(i);
                if (CONCLUSION.matcher(it.text()).lookingAt()
                        || CONCLUSION_HEADING.matcher(it.text()).matches()) {
                    end = i;
                    break;
                }
            }
            // in prose the advice runs from the first to the last paragraph that advises, asks or finds
            int firstAdvising = -1;
            int lastAdvising = -1;
            for (int i = start; i < end; i++) {
                if (!isHeadingItem(body.get(i))
                        && ADVISING.matcher(body.get(i).text()).find()) {
                    firstAdvising = firstAdvising < 0 ? i : firstAdvising;
                    lastAdvising = i;
                }
            }
            if (firstAdvising >= 0) {
                start = firstAdvising;
                end = lastAdvising + 1;
            }
            introduction = join(body.subList(0, start));
            for (int i = start; i < end; i++) {
                Item it = body.get(i);
                if (isHeadingItem(it)) {
                    warnings.add("De tussenkop \"" + it.text() + "\" is niet als punt opgenomen.");
                    continue;
                }
                points.add(new ProposedPoint(String.valueOf(points.size() + 1), it.rendered()));
            }
            conclusion = join(body.subList(end, body.size()));
            message = points.isEmpty()
                    ? "Er is geen adviestekst gevonden."
                    : "Geen nummering gevonden: elke alinea is als apart punt voorgesteld. "
                            + "Controleer de indeling en voeg zo nodig punten samen.";
        }
        return new ProposedSplit(format, frame.metadata(), introduction, points, conclusion, false, message, List.of());
    }

    private static boolean isHeadingItem(Item it) {
        return it.heading() || it.titleLike();
    }

    private static boolean isTitle(String text) {
        return text.length() <= 80 && !text.matches("(?s).*[.,;:?!]$") && text.split(" ").length <= 12;
    }

    private static String join(List<Item> items) {
        return String.join("\n\n", items.stream().map(Item::rendered).toList());
    }
}
