package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Golden files: the expected text of a letter, one paragraph a line, is checked in as
 * {@code src/test/resources/nl/adviestracker/letter/NAME.approved.txt}. A mismatch writes what was
 * received to {@code target/approvals/NAME.KIND.received.txt} and fails with the differing paragraphs.
 * Tests never rewrite the approved file: a person compares and copies.
 */
final class Approvals {

    private static final Path RECEIVED_DIR = Path.of("target", "approvals");

    private Approvals() {}

    /** The approved paragraphs, one a line, empty lines ignored. */
    static List<String> approved(String name) {
        String resource = name + ".approved.txt";
        try (InputStream in = Approvals.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("no approved file " + approvedPath(name) + "; write it (one paragraph a line)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(ReadBack::normalise)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The received paragraphs must equal the approved ones. */
    static void verifyParagraphs(String name, String kind, List<String> received) {
        List<String> expected = approved(name);
        if (expected.equals(received)) {
            return;
        }
        Path file = writeReceived(name, kind, received);
        var report = new StringBuilder("The " + kind + " text of " + name + " differs from " + approvedPath(name)
                + "\nreceived: " + file + "\n");
        int n = Math.max(expected.size(), received.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : "(nothing)";
            String r = i < received.size() ? received.get(i) : "(nothing)";
            if (!e.equals(r)) {
                report.append(describe(i, e, r));
            }
        }
        fail(report.toString());
    }

    /**
     * The approved paragraphs must follow each other in the received text, which is one normalised
     * string because the lines of a PDF do not tell where paragraphs end.
     */
    static void verifyRunningText(String name, String kind, String received) {
        verifyRunningText(name, kind, UnaryOperator.identity(), received);
    }

    /**
     * As {@link #verifyRunningText(String, String, String)}, with the approved paragraphs first turned
     * into the order in which this format reads them.
     */
    static void verifyRunningText(String name, String kind, UnaryOperator<List<String>> readingOrder, String received) {
        List<String> expected = readingOrder.apply(approved(name));
        List<String> matched = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            String paragraph = expected.get(i);
            if (received.startsWith(paragraph, at)) {
                matched.add(paragraph);
                at = skipSpace(received, at + paragraph.length());
                continue;
            }
            matched.add(received.substring(at));
            Path file = writeReceived(name, kind, matched);
            String found = received.substring(at, Math.min(received.length(), at + paragraph.length()));
            fail("The " + kind + " text of " + name + " differs from " + approvedPath(name) + "\nreceived: " + file
                    + "\n" + describe(i, paragraph, found));
        }
        if (at < received.length()) {
            matched.add(received.substring(at));
            Path file = writeReceived(name, kind, matched);
            fail("The " + kind + " text of " + name + " has more than " + approvedPath(name) + ": \""
                    + received.substring(at) + "\"\nreceived: " + file);
        }
    }

    private static String describe(int index, String expected, String received) {
        int common = 0;
        while (common < expected.length()
                && common < received.length()
                && expected.charAt(common) == received.charAt(common)) {
            common++;
        }
        int from = Math.max(0, common - 30);
        return "paragraph " + (index + 1) + " differs at character " + (common + 1) + ":\n"
                + "  approved: ..." + excerpt(expected, from) + "\n"
                + "  received: ..." + excerpt(received, from) + "\n";
    }

    private static String excerpt(String s, int from) {
        if (from >= s.length()) {
            return "(ends here)";
        }
        return s.substring(from, Math.min(s.length(), from + 80));
    }

    private static int skipSpace(String s, int at) {
        while (at < s.length() && s.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static Path writeReceived(String name, String kind, List<String> paragraphs) {
        try {
            Files.createDirectories(RECEIVED_DIR);
            Path file = RECEIVED_DIR.resolve(name + "." + kind + ".received.txt");
            Files.writeString(file, String.join("\n", paragraphs) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps a rendered PDF as {@code target/letters/NAME.pdf}, for a person to look at (e.g. {@code pdftoppm -png
     * -r 60}) beside its approved text; never compared.
     */
    static void keepToLookAt(String name, byte[] pdf) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "letters"));
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path approvedPath(String name) {
        return Path.of("src/test/resources/nl/adviestracker/letter", name + ".approved.txt");
    }
}
