package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.intake.corpus.CorpusGenerator;
import nl.adviestracker.intake.corpus.ScanBuilder;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * How well intake generalises: documents written from descriptions of what advisory bodies send,
 * not from the detector, split once into a development part (tuned on) and a test part (measured
 * on, committed before the detector was changed for it). Each source file carries its expected split
 * in {@code %%} lines; Word, PDF, scanned and photographed documents are generated from the source
 * when the test runs (see {@link CorpusGenerator} for the line syntax, {@link ScanBuilder}).
 *
 * <p>Run: {@code mvn -B -ntp -q test -Dtest=GeneralisationCorpusTest}
 */
class GeneralisationCorpusTest {

    private static final Path ROOT = Path.of("src/test/resources/intake-generalisation");
    private static final double EXACT_TARGET = 0.95;
    private static final double F1_TARGET = 0.97;

    record ExpectedPoint(String label, String start, PointKind kind, String reference) {}

    record Expected(
            LocalDate date, String reference, String subject, String group, String intro, List<ExpectedPoint> points) {}

    record Figures(
            int documents,
            int exact,
            int expected,
            int detected,
            int correct,
            int kindRight,
            int referenceRight,
            int metadataRight,
            int metadataAsked) {

        double exactShare() {
            return exact / (double) documents;
        }

        double precision() {
            return detected == 0 ? 0 : correct / (double) detected;
        }

        double recall() {
            return expected == 0 ? 0 : correct / (double) expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double kindAccuracy() {
            return correct == 0 ? 0 : kindRight / (double) correct;
        }

        double referenceAccuracy() {
            return correct == 0 ? 0 : referenceRight / (double) correct;
        }

        String line(String part) {
            return String.format(
                    Locale.ROOT,
                    "%s part: %d documents, %d split exactly (%.1f%%); points expected %d, detected %d, correct %d; "
                            + "precision %.3f, recall %.3f, F1 %.3f; kind accuracy %.3f, reference accuracy %.3f; "
                            + "letter details %d of %d",
                    part,
                    documents,
                    exact,
                    100 * exactShare(),
                    expected,
                    detected,
                    correct,
                    precision(),
                    recall(),
                    f1(),
                    kindAccuracy(),
                    referenceAccuracy(),
                    metadataRight,
                    metadataAsked);
        }
    }

    @Test
    void theCorpusHasTheAgreedShapes() throws IOException {
        List<Path> dev = sources("dev");
        List<Path> test = sources("test");
        assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(40);
        assertThat(test).hasSizeGreaterThanOrEqualTo(20);
        for (String suffix : List.of(".docx.txt", ".pdf.txt", ".scan.txt", ".eml", ".txt")) {
            assertThat(test.stream().filter(p -> p.toString().endsWith(suffix)))
                    .as("test documents ending in " + suffix)
                    .isNotEmpty();
        }
    }

    @Test
    void developmentPart() throws IOException {
        Figures figures = measure("dev");
        System.out.println(figures.line("Development"));
    }

    @Test
    void testPartMeetsTheTargets() throws IOException {
        Figures figures = measure("test");
        System.out.println(figures.line("Test"));
        assertThat(figures.exactShare()).as("documents split exactly").isGreaterThanOrEqualTo(EXACT_TARGET);
        assertThat(figures.f1()).as("point F1").isGreaterThanOrEqualTo(F1_TARGET);
    }

    private static Figures measure(String part) throws IOException {
        int documents = 0;
        int exact = 0;
        int expectedCount = 0;
        int detected = 0;
        int correct = 0;
        int kindRight = 0;
        int referenceRight = 0;
        int metadataRight = 0;
        int metadataAsked = 0;
        for (Path source : sources(part)) {
            documents++;
            String name = source.getFileName().toString();
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            Expected want = expected(lines);
            ProposedSplit got;
            try {
                got = propose(name, lines);
            } catch (ProblemException e) {
                System.out.println("  " + name + ": not read: " + e.getMessage());
                expectedCount += want.points().size();
                continue;
            }
            List<ProposedPoint> points = got.points();
            List<ExpectedPoint> remaining = new ArrayList<>(want.points());
            int matchedHere = 0;
            for (ProposedPoint point : points) {
                ExpectedPoint match = remaining.stream()
                        .filter(e -> matches(e, point))
                        .findFirst()
                        .orElse(null);
                if (match == null) {
                    System.out.println(
                            "  " + name + ": extra " + point.label() + " \"" + abbreviate(point.text()) + "\"");
                    continue;
                }
                remaining.remove(match);
                matchedHere++;
                if (match.kind() == point.kind()) {
                    kindRight++;
                } else {
                    System.out.println("  " + name + ": point " + point.label() + " kind " + point.kind()
                            + ", expected " + match.kind());
                }
                if (Objects.equals(normalise(match.reference()), normalise(point.documentReference()))) {
                    referenceRight++;
                } else {
                    System.out.println("  " + name + ": point " + point.label() + " reference "
                            + point.documentReference() + ", expected " + match.reference());
                }
            }
            remaining.forEach(
                    e -> System.out.println("  " + name + ": missed " + e.label() + " \"" + e.start() + "\""));
            boolean introRight = want.intro() == null
                    ? normalise(got.introduction()) == null
                    : normalise(got.introduction()) != null
                            && normalise(got.introduction()).startsWith(normalise(want.intro()));
            if (!introRight) {
                System.out.println("  " + name + ": introduction \"" + abbreviate(got.introduction()) + "\"");
            }
            boolean inOrder = points.size() == want.points().size();
            for (int i = 0; inOrder && i < points.size(); i++) {
                inOrder = matches(want.points().get(i), points.get(i));
            }
            if (inOrder && introRight && matchedHere == want.points().size()) {
                exact++;
            }
            expectedCount += want.points().size();
            detected += points.size();
            correct += matchedHere;
            LetterMetadata m = got.metadata();
            List<Object[]> details = List.of(
                    new Object[] {"date", want.date(), m.date()},
                    new Object[] {"reference", want.reference(), m.theirReference()},
                    new Object[] {"subject", want.subject(), m.subject()},
                    new Object[] {"project group", want.group(), m.projectGroup()});
            for (Object[] detail : details) {
                metadataAsked++;
                boolean right = detail[1] instanceof String s
                        ? Objects.equals(normalise(s), normalise((String) detail[2]))
                        : Objects.equals(detail[1], detail[2]);
                if (right) {
                    metadataRight++;
                } else {
                    System.out.println("  " + name + ": " + detail[0] + " " + detail[2] + ", expected " + detail[1]);
                }
            }
        }
        return new Figures(
                documents,
                exact,
                expectedCount,
                detected,
                correct,
                kindRight,
                referenceRight,
                metadataRight,
                metadataAsked);
    }

    private static boolean matches(ExpectedPoint expected, ProposedPoint point) {
        String text = normalise(point.text());
        return expected.label().equals(point.label())
                && text != null
                && text.replaceFirst("^- ", "").startsWith(normalise(expected.start()));
    }

    /** The document as it would be uploaded: generated for Word, PDF, scans and photos. */
    static ProposedSplit propose(String name, List<String> lines) {
        List<String> body = lines.stream().filter(l -> !l.startsWith("%%")).toList();
        String base = name.substring(0, name.indexOf('.'));
        byte[] content;
        String filename;
        if (name.endsWith(".docx.txt")) {
            content = CorpusGenerator.docx(body);
            filename = base + ".docx";
        } else if (name.endsWith(".pdf.txt")) {
            content = CorpusGenerator.pdf(body);
            filename = base + ".pdf";
        } else if (name.endsWith(".scan.txt")) {
            content = ScanBuilder.pdf(body);
            filename = base + ".pdf";
        } else if (name.endsWith(".png.txt")) {
            content = ScanBuilder.png(body);
            filename = base + ".png";
        } else {
            content = (String.join("\n", body) + "\n").getBytes(StandardCharsets.UTF_8);
            filename = name;
        }
        DocumentReader reader = new DocumentReader(IntakeSettings.defaults());
        return new PointDetector().detect(reader.read(content, filename, null));
    }

    static Expected expected(List<String> lines) {
        LocalDate date = null;
        String reference = null;
        String subject = null;
        String group = null;
        String intro = null;
        List<ExpectedPoint> points = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("%% ")) {
                continue;
            }
            String[] kv = line.substring(3).split(":", 2);
            String value = kv[1].strip();
            String v = value.equals("-") ? null : value;
            switch (kv[0]) {
                case "date" -> date = v == null ? null : LocalDate.parse(v);
                case "reference" -> reference = v;
                case "subject" -> subject = v;
                case "group" -> group = v;
                case "intro" -> intro = v;
                case "point" -> {
                    String[] p = value.split("\\|");
                    String ref = p[3].strip();
                    points.add(new ExpectedPoint(
                            p[0].strip(), p[1].strip(), PointKind.valueOf(p[2].strip()), ref.equals("-") ? null : ref));
                }
                default -> {}
            }
        }
        return new Expected(date, reference, subject, group, intro, points);
    }

    static List<Path> sources(String part) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(part))) {
            return files.sorted().toList();
        }
    }

    private static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        String n = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return n.length() > 80 ? n.substring(0, 80) + "…" : n;
    }
}
