package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.intake.corpus.ScanBuilder;
import nl.adviestracker.shared.ProblemException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Scans and photos are read with Tesseract; hostile documents are refused within the limits, in Dutch. */
class ScanAndLimitsTest {

    private final DocumentReader reader = new DocumentReader(IntakeSettings.defaults());
    private final PointDetector detector = new PointDetector();

    private static final List<String> LETTER = List.of(
            "Groningen, 3 juni 2025",
            "Onderwerp: Advies over het jongerenwerk",
            "~",
            "Geacht college,",
            "~",
            "1. Houd de jongerencentra ook in de zomer open.",
            "~",
            "2. Wij constateren dat meisjes het jongerenwerk weinig bezoeken.",
            "~",
            "Met vriendelijke groet,");

    private ProblemException problem(Runnable read) {
        return catchThrowableOfType(read::run, ProblemException.class);
    }

    @Test
    void aScannedPdfIsReadWithOcrAndSaysHowSureItIs() {
        ExtractedDocument document = reader.read(ScanBuilder.pdf(LETTER), "scan.pdf", "application/pdf");
        assertThat(document.ocrPages()).hasSize(1);
        assertThat(document.ocrPages().get(0).confidence()).isBetween(1, 100);
        ProposedSplit split = detector.detect(document);
        assertThat(split.ocrRead()).isTrue();
        assertThat(split.message()).startsWith("Deze scan is gelezen met tekstherkenning (OCR): pagina 1 ");
        assertThat(split.points()).extracting(ProposedPoint::label).containsExactly("1", "2");
        assertThat(split.points())
                .extracting(ProposedPoint::kind)
                .containsExactly(PointKind.RECOMMENDATION, PointKind.OBSERVATION);
        assertThat(split.metadata().subject()).isEqualTo("Advies over het jongerenwerk");
    }

    @Test
    void aPhotoIsReadWithOcr() {
        ExtractedDocument document = reader.read(ScanBuilder.png(LETTER), "foto.png", "image/png");
        assertThat(document.format()).isEqualTo(DocumentFormat.IMAGE);
        assertThat(detector.detect(document).points()).hasSize(2);
    }

    @Test
    void aPoorScanIsSaidToBePoorlyReadable() {
        ProposedSplit split = detector.detect(new ExtractedDocument(
                DocumentFormat.PDF,
                TextSegmenter.segment("Geacht college,\n\n1. Een.\n\n2. Twee.\n\nMet vriendelijke groet,"),
                null,
                null,
                List.of(new OcrPage(1, 52, 8))));
        assertThat(split.warnings().get(0)).startsWith("Pagina 1 is slecht leesbaar (zekerheid 52%)");
        assertThat(split.points().get(0).doubts()).anyMatch(d -> d.contains("pagina 1, die slecht leesbaar is"));
    }

    @Test
    void withoutTesseractAPhotoGetsAClearMessage() {
        DocumentReader withoutOcr = new DocumentReader(IntakeSettings.defaults().withOcrCommand("no-tesseract-here"));
        ProblemException e = problem(() -> withoutOcr.read(ScanBuilder.png(LETTER), "foto.jpg", null));
        assertThat(e.getMessage()).contains("niet geïnstalleerd").contains("scan");
    }

    @Test
    void aZipBombWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        ProblemException e = problem(() -> reader.read(docx.toByteArray(), "advies.docx", null));
        assertThat(e.getMessage()).contains("uitpakken groter dan 64 MB");
    }

    @Test
    void aPdfWhoseContentInflatesToGigabytesIsRefused() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream();
                    DeflaterOutputStream deflate =
                            new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] spaces = new byte[1024 * 1024];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 100; i++) {
                    deflate.write(spaces);
                }
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(stream));
            document.save(out);
            pdf = out.toByteArray();
        }
        ProblemException e = problem(() -> reader.read(pdf, "advies.pdf", null));
        assertThat(e.getMessage()).contains("uitpakken groter dan 64 MB");
    }

    @Test
    void aPdfWhoseObjectStreamInflatesToHundredsOfMegabytesIsRefusedBeforeItIsHeldInMemory() {
        byte[] pdf = catalogInABombedObjectStream(300);
        long before = allocatedByThisThread();
        ProblemException e = problem(() -> reader.read(pdf, "advies.pdf", null));
        long allocated = allocatedByThisThread() - before;
        assertThat(e.getMessage()).contains("uitpakken groter dan 64 MB");
        // PDFBox would have decoded all 300 MB into memory to find the catalog
        assertThat(allocated).isLessThan(200L * 1024 * 1024);
    }

    @Test
    void aPdfWithItsCatalogInAnObjectStreamWithinTheBudgetIsStillRead() {
        byte[] pdf = catalogInABombedObjectStream(0);
        ProblemException e = problem(() -> reader.read(pdf, "advies.pdf", null));
        // the document has no pages and so no text: it gets as far as being read
        assertThat(e == null ? "" : e.getMessage()).doesNotContain("uitpakken");
    }

    @Test
    void aPdfOfTwoThousandPagesIsRefused() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2000; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        ProblemException e = problem(() -> reader.read(pdf, "advies.pdf", null));
        assertThat(e.getMessage()).contains("telt 2000 pagina's").contains("hoogstens 300");
    }

    @Test
    void aScanOfMorePagesThanOcrReadsIsRefused() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDImageXObject image = LosslessFactory.createFromImage(
                    document, new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            for (int i = 0; i < 11; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    cs.drawImage(image, 0, 0);
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        ProblemException e = problem(() -> reader.read(pdf, "scan.pdf", null));
        assertThat(e.getMessage()).contains("Deze scan telt 11 pagina's").contains("hoogstens 10");
    }

    @Test
    void aPhotoOfTwentyThousandByTwentyThousandPixelsIsRefusedWithoutDecodingIt() throws IOException {
        ProblemException e = problem(() -> reader.read(pngHeader(20_000, 20_000), "foto.png", "image/png"));
        assertThat(e.getMessage()).contains("20000 × 20000 pixels").contains("hoogstens 40 miljoen");
    }

    @Test
    void aPdfWithAHugeImageIsRefused() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(
                    document, new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            image.getCOSObject().setInt(COSName.WIDTH, 20_000);
            image.getCOSObject().setInt(COSName.HEIGHT, 20_000);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.drawImage(image, 0, 0);
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        ProblemException e = problem(() -> reader.read(pdf, "scan.pdf", null));
        assertThat(e.getMessage()).contains("20000 × 20000 pixels");
    }

    /** A PNG whose header says width × height, with no pixel data worth decoding. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * A PDF 1.5 whose catalog and page tree are compressed objects in an object stream padded with
     * {@code megabytes} MB of spaces, and whose cross-reference table is a stream.
     */
    private static byte[] catalogInABombedObjectStream(int megabytes) {
        String catalog = "<</Type/Catalog/Pages 3 0 R>>";
        String pages = "<</Type/Pages/Kids[]/Count 0>>";
        String header = "2 0 3 " + catalog.length() + " ";
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate =
                new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflate.write((header + catalog + pages).getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                deflate.write(spaces);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII));
        int objectStream = out.size();
        out.writeBytes(("1 0 obj\n<</Type/ObjStm/N 2/First " + header.length() + "/Filter/FlateDecode/Length "
                        + deflated.size() + ">>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(deflated.toByteArray());
        out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        int xref = out.size();
        ByteBuffer entries = ByteBuffer.allocate(5 * 7);
        entries.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
        entries.put((byte) 1).putInt(objectStream).putShort((short) 0);
        entries.put((byte) 2).putInt(1).putShort((short) 0);
        entries.put((byte) 2).putInt(1).putShort((short) 1);
        entries.put((byte) 1).putInt(xref).putShort((short) 0);
        out.writeBytes(("4 0 obj\n<</Type/XRef/Size 5/W[1 4 2]/Root 2 0 R/Length 35>>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(entries.array());
        out.writeBytes(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
