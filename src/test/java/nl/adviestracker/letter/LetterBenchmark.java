package nl.adviestracker.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Letters per second for HTML, PDF and DOCX, for the seed letter (seven points in four responses)
 * and a 40-point letter; bare openhtmltopdf on the same HTML, to show what our PDF settings cost;
 * and the time for a batch of 1,000 PDFs on all cores. Prints a Markdown table.
 */
public final class LetterBenchmark {

    private static final long MEASURE_NANOS = 4_000_000_000L;

    private LetterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        // bare openhtmltopdf without fonts falls back to the standard Symbol font, and PDFBox says so for every
        // document
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        LetterRenderer renderer = new LetterRenderer();
        long started = System.nanoTime();
        renderer.warmUp();
        double warmUp = (System.nanoTime() - started) / 1e6;
        LetterModel seed = SeedLetter.model();
        LetterModel forty = fortyPoints(seed);
        String seedHtml = renderer.html(seed);
        String fortyHtml = renderer.html(forty);

        System.out.println(
                "| letter | HTML/s | PDF/s | DOCX/s | bare openhtmltopdf PDF/s | bare + embedded fonts PDF/s | PDF overhead vs bare |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (var entry : List.of(
                new Object[] {"demo advice (7 points)", seed, seedHtml},
                new Object[] {"40-point advice", forty, fortyHtml})) {
            LetterModel model = (LetterModel) entry[1];
            String html = (String) entry[2];
            double perSecondHtml = rate(() -> renderer.html(model));
            double perSecondPdf = rate(() -> renderer.pdf(model));
            double perSecondDocx = rate(() -> renderer.docx(model));
            double perSecondBare = rate(() -> bare(html, false));
            double perSecondFonts = rate(() -> bare(html, true));
            System.out.printf(
                    "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f× |%n",
                    entry[0],
                    perSecondHtml,
                    perSecondPdf,
                    perSecondDocx,
                    perSecondBare,
                    perSecondFonts,
                    perSecondBare / perSecondPdf);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long batchStart = System.nanoTime();
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                results.add(pool.submit(() -> renderer.pdf(seed)));
            }
            long bytes = 0;
            for (Future<byte[]> result : results) {
                bytes += result.get().length;
            }
            double seconds = (System.nanoTime() - batchStart) / 1e9;
            System.out.printf(
                    "%nBatch: %d PDF letters (demo advice) in %.1f s on %d threads (%.0f KB each); renderer warm-up %.0f ms%n",
                    batch, seconds, threads, bytes / 1024.0 / batch, warmUp);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The seed letter's texts for an advice of 40 points: 30 responses, every third covering two points. */
    static LetterModel fortyPoints(LetterModel seed) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            labels.add(String.valueOf(i));
        }
        List<LetterModel.ResponseEntry> responses = new ArrayList<>();
        int point = 0;
        for (int r = 0; point < 40; r++) {
            int cover = r % 3 == 0 && point < 30 ? 2 : 1;
            LetterModel.ResponseEntry text =
                    seed.responses().get(r % seed.responses().size());
            responses.add(LetterModel.ResponseEntry.covering(
                    labels, labels.subList(point, point + cover), text.paraphrase(), text.text()));
            point += cover;
        }
        return new LetterModel(
                seed.advisoryBody(),
                seed.attention(),
                seed.addressLines(),
                seed.department(),
                seed.subject(),
                seed.phone(),
                seed.attachments(),
                seed.ourReference(),
                seed.date(),
                seed.theirLetterDate(),
                seed.theirReference(),
                seed.salutation(),
                seed.opening(),
                responses,
                seed.closing(),
                seed.greeting(),
                seed.signingBody(),
                seed.signatories(),
                seed.draft());
    }

    /**
     * openhtmltopdf with nothing but fast mode: no PDF/UA tagging, no reproducible IDs, and either no
     * embedded fonts (the standard PDF fonts) or Liberation Sans embedded as our renderer does; the
     * difference between the columns shows what the fonts cost and what the tagging costs.
     */
    static byte[] bare(String html, boolean fonts) {
        try {
            var out = new ByteArrayOutputStream();
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (fonts) {
                for (String[] face : new String[][] {
                    {"Regular", "400", "NORMAL"},
                    {"Bold", "700", "NORMAL"},
                    {"Italic", "400", "ITALIC"},
                    {"BoldItalic", "700", "ITALIC"}
                }) {
                    byte[] bytes = FONTS.computeIfAbsent(face[0], LetterBenchmark::font);
                    builder.useFont(
                            () -> new java.io.ByteArrayInputStream(bytes),
                            PdfRenderer.FONT_FAMILY,
                            Integer.parseInt(face[1]),
                            com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.valueOf(face[2]),
                            true);
                }
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] font(String face) {
        try (var in = LetterBenchmark.class.getResourceAsStream("/fonts/LiberationSans-" + face + ".ttf")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double rate(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() - start < MEASURE_NANOS) {
            work.run();
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
