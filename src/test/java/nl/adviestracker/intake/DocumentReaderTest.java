package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.adviestracker.intake.corpus.DocxBuilder;
import nl.adviestracker.intake.corpus.PdfBuilder;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Documents that cannot be read are refused with a clear Dutch answer about the field "file". */
class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader(IntakeSettings.defaults());

    private static ProblemException problem(Runnable read) {
        ProblemException e = catchThrowableOfType(ProblemException.class, read::run);
        assertThat(e).as("a ProblemException").isNotNull();
        assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly("file");
        assertThat(e.fieldProblems().get(0).message()).isEqualTo(e.getMessage());
        return e;
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/intake-corpus", name));
    }

    @Test
    void emptyFileAndEmptyText() {
        ProblemException e = problem(() -> reader.read(new byte[0], "advies.docx", null));
        assertThat(e.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getMessage()).isEqualTo("Het bestand is leeg.");
        assertThat(problem(() -> reader.readText("  \n ")).status().getCode())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    @Test
    void fileOverTheLimitNamesTheLimit() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        ProblemException e = problem(() -> reader.read(big, "advies.txt", "text/plain"));
        assertThat(e.status().getCode()).isEqualTo(HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode());
        assertThat(e.getMessage()).contains("groter dan 10 MB");

        DocumentReader small = new DocumentReader(new IntakeSettings(1536));
        ProblemException text = problem(() -> small.readText("a".repeat(2000)));
        assertThat(text.status().getCode()).isEqualTo(HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode());
        assertThat(text.getMessage()).contains("groter dan 1 kB");
        assertThat(IntakeProblems.readable(1536 * 1024)).isEqualTo("1,5 MB");
    }

    @Test
    void encryptedPdf() throws IOException {
        byte[] pdf = new PdfBuilder()
                .paragraph("1. Geheim advies.")
                .paragraph("2. Nog een punt.")
                .bytes();
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("eigenaar", "gebruiker", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            ProblemException e = problem(() -> reader.read(out.toByteArray(), "advies.pdf", "application/pdf"));
            assertThat(e.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
            assertThat(e.getMessage()).contains("beveiligd met een wachtwoord");
        }
    }

    @Test
    void encryptedDocx() throws Exception {
        byte[] docx = new DocxBuilder().paragraph("Geheim advies.").bytes();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("geheim");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            ProblemException e = problem(() -> reader.read(out.toByteArray(), "advies.docx", null));
            assertThat(e.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
            assertThat(e.getMessage()).contains("beveiligd met een wachtwoord");
        }
    }

    @Test
    void aPhotoWithoutTextIsRefusedAsAScanToMakeSharperNotAsAPdf() throws IOException {
        BufferedImage blank = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics graphics = blank.getGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 600, 400);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(blank, "png", png);

        ProblemException e = problem(() -> reader.read(png.toByteArray(), "foto.png", "image/png"));

        assertThat(e.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getMessage())
                .contains("In de scan of foto is geen tekst herkend")
                .doesNotContain("PDF bevat");
    }

    @Test
    void aWordDocumentWithoutTextIsRefusedAsSuch() {
        byte[] empty = new DocxBuilder().bytes();

        ProblemException e = problem(() -> reader.read(empty, "advies.docx", null));

        assertThat(e.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getMessage()).contains("Het document bevat geen tekst").contains("plak de tekst");
    }

    /** A scan is read with OCR (see ScanReaderTest); where Tesseract is not installed, intake says so plainly. */
    @Test
    void imageOnlyPdfWithoutTesseract() throws IOException {
        DocumentReader reader =
                new DocumentReader(IntakeSettings.defaults().withOcrCommand("tesseract-is-not-installed-here"));
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("1. Gescand advies", 10, 50);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.drawImage(LosslessFactory.createFromImage(document, scan), 50, 500);
            }
            document.save(out);
            ProblemException e = problem(() -> reader.read(out.toByteArray(), "scan.pdf", "application/pdf"));
            assertThat(e.status().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
            assertThat(e.getMessage()).contains("scan").contains("niet geïnstalleerd");
        }
    }

    @Test
    void corruptFiles() throws IOException {
        byte[] docx = sample("01-wmo-verordening.docx");
        ProblemException truncatedDocx =
                problem(() -> reader.read(Arrays.copyOf(docx, docx.length / 2), "advies.docx", null));
        assertThat(truncatedDocx.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(truncatedDocx.getMessage()).contains("beschadigd");

        byte[] garbage = new byte[4000];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(problem(() -> reader.read(garbage, "advies.docx", null)).getMessage())
                .contains("beschadigd");

        byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        ProblemException pdf = problem(() -> reader.read(brokenPdf, "advies.pdf", "application/pdf"));
        assertThat(pdf.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(pdf.getMessage()).contains("beschadigd");

        ProblemException mail = problem(
                () -> reader.read("Hallo, dit is geen PDF.".getBytes(StandardCharsets.UTF_8), "advies.pdf", null));
        assertThat(mail.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(mail.getMessage()).startsWith("De PDF is beschadigd");
    }

    @Test
    void wrongTypes() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", png);
        ProblemException image = problem(() -> reader.read(png.toByteArray(), "advies.docx", null));
        assertThat(image.status().getCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());
        assertThat(image.getMessage()).contains("afbeelding").contains(".docx");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problem(() -> reader.read(xlsx.toByteArray(), "punten.xlsx", null))
                        .status()
                        .getCode())
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());

        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        ProblemException oldWord = problem(() -> reader.read(doc.toByteArray(), "advies.doc", "application/msword"));
        assertThat(oldWord.status().getCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());
        assertThat(oldWord.getMessage()).contains(".doc").contains(".docx");

        ProblemException html = problem(() -> reader.read(
                "<html><body>1. punt</body></html>".getBytes(StandardCharsets.UTF_8), "advies.html", "text/html"));
        assertThat(html.status().getCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());
    }

    @Test
    void formatIsRecognisedByContentNotByName() throws IOException {
        assertThat(reader.read(sample("01-wmo-verordening.docx"), "advies.bin", "application/octet-stream")
                        .format())
                .isEqualTo(DocumentFormat.DOCX);
        assertThat(reader.read(sample("05-schuldhulp-advies.pdf"), null, null).format())
                .isEqualTo(DocumentFormat.PDF);
        assertThat(reader.read(sample("08-minimaregelingen-mail.eml"), "bericht", null)
                        .format())
                .isEqualTo(DocumentFormat.EMAIL);
        assertThat(reader.read(sample("09-huishoudelijke-hulp.txt"), null, null).format())
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void windows1252TextAndHtmlOnlyMail() {
        byte[] latin = "Geachte college,\n\n1. Cliënten één aanspreekpunt.\n2. Geëvalueerd.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(reader.read(latin, "advies.txt", null).paragraphs())
                .extracting(Paragraph::text)
                .contains("1. Cliënten één aanspreekpunt.");

        String mail =
                "From: a@example.org\r\nTo: b@example.org\r\nSubject: Advies\r\nDate: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                        + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                        + "<p>Geachte college,</p><ol><li>Eerste punt.</li></ol><p>1. Zorg voor &eacute;&eacute;n loket.</p><p>2. Meer tijd.</p>";
        ExtractedDocument document = reader.read(mail.getBytes(StandardCharsets.UTF_8), "advies.eml", null);
        assertThat(document.paragraphs())
                .extracting(Paragraph::text)
                .contains("1. Zorg voor één loket.", "2. Meer tijd.");
        assertThat(document.subjectHint()).isEqualTo("Advies");
        assertThat(document.dateHint()).isEqualTo(java.time.LocalDate.of(2024, 3, 4));
    }
}
