package nl.adviestracker.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pages of a scan and what OCR read on each, to say at a point whether it stands on a poorly read
 * page. A point is found on a page by its first and last words; a point found on no page (OCR text and
 * point text differ too much after the detector's clean-up) is doubted when any page was poorly read.
 */
final class ScannedPages {

    private static final int WORDS_TO_FIND = 6;

    private final List<OcrPage> pages;
    private final List<String> normalisedTexts;

    ScannedPages(List<OcrPage> pages, List<String> texts) {
        this.pages = pages;
        this.normalisedTexts = texts.size() == pages.size()
                ? texts.stream().map(ScannedPages::normalised).toList()
                : List.of();
    }

    ProposedPoint withDoubtAboutPoorPages(ProposedPoint point) {
        List<OcrPage> poor = pagesOf(point.text()).stream().filter(OcrPage::low).toList();
        if (poor.isEmpty()) {
            return point;
        }
        return point.withDoubt(doubt(poor));
    }

    /** The pages the point's text stands on; every page when it cannot be found. */
    List<OcrPage> pagesOf(String pointText) {
        List<String> words = words(pointText);
        if (normalisedTexts.isEmpty() || words.isEmpty()) {
            return pages;
        }
        String first = " " + String.join(" ", words.subList(0, Math.min(WORDS_TO_FIND, words.size()))) + " ";
        String last =
                " " + String.join(" ", words.subList(Math.max(0, words.size() - WORDS_TO_FIND), words.size())) + " ";
        List<OcrPage> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String page = normalisedTexts.get(i);
            if (page.contains(first) || page.contains(last)) {
                found.add(pages.get(i));
            }
        }
        return found.isEmpty() ? pages : found;
    }

    private static String doubt(List<OcrPage> poor) {
        String which = poor.size() == 1
                ? "pagina " + poor.get(0).page() + ", die slecht leesbaar is (zekerheid "
                        + poor.get(0).confidence() + "%)"
                : "pagina's die slecht leesbaar zijn ("
                        + String.join(
                                ", ",
                                poor.stream()
                                        .map(p -> p.page() + ": " + p.confidence() + "%")
                                        .toList())
                        + ")";
        return "Met tekstherkenning gelezen van " + which + ": controleer deze tekst tegen het origineel.";
    }

    private static List<String> words(String text) {
        String normalised = normalised(text).strip();
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    private static String normalised(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return " " + plain + " ";
    }
}
