package nl.adviestracker.web;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.shared.DutchDates;

/**
 * Collects what axe found on each page of the accessibility run, for the statement page
 * ({@code /toegankelijkheid}). The run writes {@code target/accessibility/axe-results.json}; the committed
 * copy in {@code src/main/resources/accessibility/} is what the service shows. CI never rewrites it:
 * the test fails when the run checked other pages than the committed file lists, and
 * {@code mvn test -Dtest=AccessibilityIT -Daccessibility.update=true} refreshes the committed file.
 */
final class AxeResultsFile {

    static final Path COMMITTED = Path.of("src/main/resources/accessibility/axe-results.json");
    static final Path WRITTEN = Path.of("target/accessibility/axe-results.json");
    static final String TOOL = "axe-core (WCAG 2.1 A en AA, best practices) met Playwright en Chromium";

    private record Found(int passes, int minor, int moderate, int serious, int critical, List<String> rules) {}

    private static final Map<String, Found> PAGES = new LinkedHashMap<>();

    private static volatile boolean recording;

    private AxeResultsFile() {}

    /** From now on, pages checked are recorded (only the accessibility run records; other browser tests do not). */
    static synchronized void start() {
        PAGES.clear();
        recording = true;
    }

    static void stop() {
        recording = false;
    }

    /** A page's results; ids in the path become {id}, so the list is the same on every run. */
    static synchronized void record(String what, AxeResults results) {
        if (!recording) {
            return;
        }
        String page = what.replaceAll("/[0-9]+", "/{id}");
        int[] counts = new int[4];
        List<String> rules = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            switch (String.valueOf(rule.getImpact())) {
                case "minor" -> counts[0]++;
                case "moderate" -> counts[1]++;
                case "serious" -> counts[2]++;
                case "critical" -> counts[3]++;
                default -> counts[0]++;
            }
            rules.add(rule.getId() + " (" + rule.getImpact() + ")");
        }
        Found found = new Found(results.getPasses().size(), counts[0], counts[1], counts[2], counts[3], rules);
        PAGES.merge(
                page,
                found,
                (a, b) -> new Found(
                        Math.min(a.passes(), b.passes()),
                        Math.max(a.minor(), b.minor()),
                        Math.max(a.moderate(), b.moderate()),
                        Math.max(a.serious(), b.serious()),
                        Math.max(a.critical(), b.critical()),
                        List.copyOf(new TreeSet<>(concat(a.rules(), b.rules())))));
    }

    static synchronized String json() {
        StringBuilder json = new StringBuilder("{\"checkedOn\":\"")
                .append(LocalDate.now(DutchDates.ZONE))
                .append("\",\"tool\":\"")
                .append(TOOL)
                .append("\",\"pages\":[");
        boolean first = true;
        for (Map.Entry<String, Found> page : new java.util.TreeMap<>(PAGES).entrySet()) {
            Found f = page.getValue();
            json.append(first ? "\n" : ",\n")
                    .append("{\"page\":")
                    .append(quote(page.getKey()))
                    .append(",\"passes\":")
                    .append(f.passes())
                    .append(",\"minor\":")
                    .append(f.minor())
                    .append(",\"moderate\":")
                    .append(f.moderate())
                    .append(",\"serious\":")
                    .append(f.serious())
                    .append(",\"critical\":")
                    .append(f.critical())
                    .append(",\"violations\":[")
                    .append(String.join(
                            ",", f.rules().stream().map(AxeResultsFile::quote).toList()))
                    .append("]}");
            first = false;
        }
        return json.append("\n]}\n").toString();
    }

    static synchronized List<String> pages() {
        return List.copyOf(new TreeSet<>(PAGES.keySet()));
    }

    /** The pages a results file lists. */
    static List<String> pagesIn(String json) {
        List<String> pages = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"page\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (matcher.find()) {
            pages.add(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return List.copyOf(new TreeSet<>(pages));
    }

    static void write(Path file, String json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
