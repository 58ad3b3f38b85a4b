package nl.adviestracker.intake.corpus;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Generates the Word and PDF documents of the intake corpus from their sources in
 * {@code src/test/corpus-src} ({@code NAME.docx.txt}, {@code NAME.pdf.txt}), one paragraph per line:
 *
 * <pre>
 *   # text            heading (Word style "Heading2")
 *   #n text           numbered heading (Word: numbered through style "Heading1"; PDF: "1. text")
 *   !list decimal:%1. lowerLetter:%2.   defines the list used by the items below (numFmt:lvlText per level)
 *   !restart          the list starts again at 1 (a new list instance with a start override)
 *   1> text  2> text  list item at level 0 / 1, numbered automatically by Word
 *   * text            bullet (a Word bullet list)
 *   &gt; text            right-aligned letterhead line
 *   | a | b           letterhead table row
 *   !footer text      running footer (PDF)
 *   !page             page break
 *   text            paragraph;  " // " is a line break inside a paragraph
 * </pre>
 *
 * Run once after changing a source; the generated files are committed:
 * {@code java -cp target/test-classes:target/classes:<test classpath> nl.adviestracker.intake.corpus.CorpusGenerator}
 */
public final class CorpusGenerator {

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args.length > 0 ? args[0] : "src/test/corpus-src");
        Path target = Path.of(args.length > 1 ? args[1] : "src/test/resources/intake-corpus");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path source : files.sorted().toList()) {
                String name = source.getFileName().toString();
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                if (name.endsWith(".docx.txt")) {
                    Files.write(target.resolve(name.replace(".docx.txt", ".docx")), docx(lines));
                } else if (name.endsWith(".pdf.txt")) {
                    Files.write(target.resolve(name.replace(".pdf.txt", ".pdf")), pdf(lines));
                } else {
                    continue;
                }
                System.out.println("generated " + name);
            }
        }
    }

    public static byte[] docx(List<String> lines) {
        DocxBuilder b = new DocxBuilder();
        BigInteger headingList = null;
        BigInteger list = null;
        BigInteger bullets = b.list(
                DocxBuilder.Level.of(STNumberFormat.BULLET, "\uF0B7"),
                DocxBuilder.Level.of(STNumberFormat.BULLET, "o"));
        b.headingStyle("Heading2", "heading 2", null);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%%") || line.startsWith("!footer")) {
                continue;
            }
            if (line.startsWith("!list ")) {
                list = b.list(levels(line.substring(6)));
            } else if (line.equals("!restart")) {
                list = b.restart(list, 1);
            } else if (line.equals("!page")) {
                b.pageBreak();
            } else if (line.startsWith("#n ")) {
                if (headingList == null) {
                    headingList = b.list(DocxBuilder.Level.of(STNumberFormat.DECIMAL, "%1."));
                    b.headingStyle("Heading1", "heading 1", headingList);
                }
                b.heading("Heading1", line.substring(3));
            } else if (line.startsWith("# ")) {
                b.heading("Heading2", line.substring(2));
            } else if (line.matches("^[12]> .*")) {
                b.item(list, line.charAt(0) - '1', line.substring(3));
            } else if (line.startsWith("* ")) {
                b.item(bullets, 0, line.substring(2));
            } else if (line.startsWith("> ")) {
                b.right(line.substring(2));
            } else if (line.startsWith("|")) {
                b.row(cells(line));
            } else if (line.equals("~")) {
                b.empty();
            } else {
                b.paragraph(line);
            }
        }
        return b.bytes();
    }

    public static byte[] pdf(List<String> lines) {
        PdfBuilder b = new PdfBuilder();
        List<String[]> listFormats = new ArrayList<>();
        int[] count = new int[2];
        int headings = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (line.startsWith("!footer ")) {
                b.footer(line.substring(8));
            } else if (line.startsWith("!list ")) {
                listFormats.clear();
                for (String level : line.substring(6).split(" ")) {
                    listFormats.add(level.split(":", 2));
                }
                count = new int[2];
            } else if (line.equals("!restart")) {
                count = new int[2];
            } else if (line.equals("!page")) {
                b.pageBreak();
            } else if (line.startsWith("#n ")) {
                b.heading(++headings + ". " + line.substring(3));
            } else if (line.startsWith("# ")) {
                b.heading(line.substring(2));
            } else if (line.matches("^[12]> .*")) {
                int level = line.charAt(0) - '1';
                count[level]++;
                if (level == 0) {
                    count[1] = 0;
                }
                String[] format = listFormats.get(level);
                String label = format[1];
                for (int k = 0; k <= level; k++) {
                    label = label.replace(
                            "%" + (k + 1), render(count[k], listFormats.get(k)[0]));
                }
                b.item(label, level, line.substring(3));
            } else if (line.startsWith("* ")) {
                b.item("•", 1, line.substring(2));
            } else if (line.startsWith("> ")) {
                b.right(line.substring(2));
            } else if (line.startsWith("|")) {
                b.tight(String.join("   ", cells(line)));
            } else if (line.equals("~")) {
                b.space();
            } else {
                b.paragraph(line);
            }
        }
        return b.bytes();
    }

    private static String render(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> String.valueOf((char) ('a' + value - 1));
            case "upperLetter" -> String.valueOf((char) ('A' + value - 1));
            case "upperRoman" -> new String[] {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}[value];
            default -> String.valueOf(value);
        };
    }

    private static String[] cells(String line) {
        return java.util.Arrays.stream(line.substring(1).split("\\|"))
                .map(String::strip)
                .toArray(String[]::new);
    }

    private static DocxBuilder.Level[] levels(String spec) {
        return java.util.Arrays.stream(spec.split(" "))
                .map(level -> {
                    String[] parts = level.split(":", 2);
                    STNumberFormat.Enum format = switch (parts[0]) {
                        case "lowerLetter" -> STNumberFormat.LOWER_LETTER;
                        case "upperLetter" -> STNumberFormat.UPPER_LETTER;
                        case "lowerRoman" -> STNumberFormat.LOWER_ROMAN;
                        case "upperRoman" -> STNumberFormat.UPPER_ROMAN;
                        case "bullet" -> STNumberFormat.BULLET;
                        default -> STNumberFormat.DECIMAL;
                    };
                    return DocxBuilder.Level.of(format, parts[1]);
                })
                .toArray(DocxBuilder.Level[]::new);
    }
}
