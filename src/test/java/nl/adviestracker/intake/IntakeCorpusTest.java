package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Point detection over the intake corpus: advice letters in the shapes ASDG project groups use,
 * as Word, PDF, e-mail and text, each with a hand-written {@code NAME.expected.json}.
 */
class IntakeCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/intake-corpus");
    private static final double THRESHOLD = 0.95;
    private static final Map<String, ProposedSplit> RESULTS = new TreeMap<>();

    @Serdeable
    record ExpectedPoint(String label, String text) {}

    @Serdeable
    record Expected(
            boolean numberingFound,
            @Nullable LocalDate date,
            @Nullable String theirReference,
            @Nullable String subject,
            String introduction,
            String conclusion,
            List<ExpectedPoint> points) {}

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected.json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void corpusHasTheAgreedShapes() throws IOException {
        List<String> names = documents().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(12);
        assertThat(names.stream().filter(n -> n.endsWith(".docx"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(names.stream().filter(n -> n.endsWith(".pdf"))).hasSizeGreaterThanOrEqualTo(3);
        for (String name : names) {
            assertThat(CORPUS.resolve(expectedName(name)))
                    .as("expected file for " + name)
                    .exists();
        }
    }

    @Test
    void precisionAndRecallOfPointDetection() throws IOException {
        int detected = 0;
        int expected = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (String name : documents().toList()) {
            Expected want = expected(name);
            List<ProposedPoint> got = propose(name).points();
            List<String> wanted =
                    want.points().stream().map(p -> key(p.label(), p.text())).toList();
            List<String> remaining = new ArrayList<>(wanted);
            for (ProposedPoint point : got) {
                if (remaining.remove(key(point.label(), point.text()))) {
                    correct++;
                } else {
                    misses.add(name + ": detected " + point.label() + " \"" + abbreviate(point.text()) + "\"");
                }
            }
            remaining.forEach(k -> misses.add(name + ": missed " + abbreviate(k)));
            detected += got.size();
            expected += wanted.size();
        }
        double precision = detected == 0 ? 0 : correct / (double) detected;
        double recall = expected == 0 ? 0 : correct / (double) expected;
        System.out.printf(
                Locale.ROOT,
                "Intake corpus: %d documents, %d expected points, %d detected, %d correct; "
                        + "precision %.3f, recall %.3f%n",
                documents().count(),
                expected,
                detected,
                correct,
                precision,
                recall);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void letterAroundThePointsIsRecognised(String name) throws IOException {
        Expected want = expected(name);
        ProposedSplit got = propose(name);
        assertThat(got.numberingFound()).as("numbering found").isEqualTo(want.numberingFound());
        assertThat(got.metadata().date()).as("date").isEqualTo(want.date());
        assertThat(got.metadata().theirReference()).as("reference").isEqualTo(want.theirReference());
        assertThat(got.metadata().subject()).as("subject").isEqualTo(want.subject());
        assertThat(normalise(got.introduction())).as("introduction").isEqualTo(normalise(want.introduction()));
        assertThat(normalise(got.conclusion())).as("conclusion").isEqualTo(normalise(want.conclusion()));
        if (!want.numberingFound()) {
            assertThat(got.message()).contains("Geen nummering gevonden");
        }
    }

    private static ProposedSplit propose(String name) {
        return RESULTS.computeIfAbsent(name, n -> {
            try {
                byte[] content = Files.readAllBytes(CORPUS.resolve(n));
                DocumentReader reader = new DocumentReader(IntakeSettings.defaults());
                return new PointDetector().detect(reader.read(content, n, null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Expected expected(String name) throws IOException {
        return ObjectMapper.getDefault()
                .readValue(Files.readAllBytes(CORPUS.resolve(expectedName(name))), Expected.class);
    }

    private static String expectedName(String name) {
        return name.substring(0, name.lastIndexOf('.')) + ".expected.json";
    }

    static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String key(String label, String text) {
        return label + "|" + normalise(text);
    }

    private static String abbreviate(String s) {
        String n = normalise(s);
        return n.length() > 90 ? n.substring(0, 90) + "…" : n;
    }
}
