package nl.adviestracker.intake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads the text of a page image with the {@code tesseract} command line, as a child process with a
 * time limit (its memory is its own and is given back when it ends), in page segmentation mode 4 (one
 * column of text, as letters are: the default mode dropped the first letters of some lines). Tesseract's TSV output gives each
 * word with its line and confidence; lines are put back together and a vertical gap clearly larger than
 * the usual line distance ends a paragraph, as {@link PdfReader} does for text PDFs.
 */
final class TesseractOcr {

    private static final double PARAGRAPH_GAP = 1.3;

    private final String command;

    TesseractOcr(String command) {
        this.command = command;
    }

    /** The text of one page, with blank lines between paragraphs. */
    record PageText(String text, OcrPage page) {}

    /** Whether the program is on the PATH (or, given as a path, exists). */
    boolean available() {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Reads the image file (PNG, JPEG, TIFF); the page number is only for the result. */
    PageText read(Path image, int pageNumber, Deadline deadline) {
        deadline.check();
        Path output = null;
        try {
            output = Files.createTempFile("intake-ocr-", ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            command, image.toString(), "stdout", "-l", "nld", "--psm", "4", "tsv")
                    .redirectErrorStream(false)
                    .redirectError(output.toFile());
            // one thread: the machine's cores are shared with the requests
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            byte[] tsv;
            try (var in = process.getInputStream()) {
                tsv = readWithin(process, in, deadline);
            }
            if (process.exitValue() != 0) {
                throw IntakeProblems.ocrFailed();
            }
            return parse(new String(tsv, StandardCharsets.UTF_8), pageNumber);
        } catch (IOException e) {
            throw IntakeProblems.ocrFailed();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary log file
                }
            }
        }
    }

    /** Reads the child's output; past the deadline the child is killed. */
    private static byte[] readWithin(Process process, java.io.InputStream in, Deadline deadline) throws IOException {
        var collector = new java.io.ByteArrayOutputStream();
        Thread pump = new Thread(
                () -> {
                    try {
                        in.transferTo(collector);
                    } catch (IOException ignored) {
                        // the process was killed
                    }
                },
                "intake-ocr-output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!process.waitFor(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw IntakeProblems.tookTooLong(deadline.budget());
            }
            pump.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw IntakeProblems.tookTooLong(deadline.budget());
        }
        return collector.toByteArray();
    }

    private record Word(int block, int paragraph, int line, int top, int height, int confidence, String text) {}

    /** Parses Tesseract's TSV: level, page, block, par, line, word, left, top, width, height, conf, text. */
    static PageText parse(String tsv, int pageNumber) {
        List<Word> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new Word(
                        Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]),
                        Integer.parseInt(f[7]),
                        Integer.parseInt(f[9]),
                        (int) Math.round(Double.parseDouble(f[10])),
                        text));
            } catch (NumberFormatException e) {
                // a malformed row is skipped
            }
        }
        record Line(int top, int height, String text) {}
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Word first = null;
        Word previous = null;
        long confidenceSum = 0;
        for (Word w : words) {
            confidenceSum += Math.max(0, w.confidence());
            boolean sameLine = previous != null
                    && previous.block() == w.block()
                    && previous.paragraph() == w.paragraph()
                    && previous.line() == w.line();
            if (!sameLine && first != null) {
                lines.add(new Line(first.top(), first.height(), current.toString()));
                current.setLength(0);
                first = null;
            }
            if (first == null) {
                first = w;
            } else {
                current.append(' ');
            }
            current.append(w.text());
            previous = w;
        }
        if (first != null) {
            lines.add(new Line(first.top(), first.height(), current.toString()));
        }
        // the line distance inside a paragraph is the smallest sensible one: letters often have more
        // one-line paragraphs than wrapped lines, so a typical (median) gap would be a paragraph gap
        double spacing = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            int gap = lines.get(i).top() - lines.get(i - 1).top();
            if (gap >= lines.get(i - 1).height() * 0.8 && gap < spacing) {
                spacing = gap;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                int gap = lines.get(i).top() - lines.get(i - 1).top();
                text.append(gap > spacing * PARAGRAPH_GAP || gap < 0 ? "\n\n" : "\n");
            }
            text.append(lines.get(i).text());
        }
        int confidence = words.isEmpty() ? 0 : (int) Math.round(confidenceSum / (double) words.size());
        return new PageText(text.toString(), new OcrPage(pageNumber, confidence, words.size()));
    }
}
