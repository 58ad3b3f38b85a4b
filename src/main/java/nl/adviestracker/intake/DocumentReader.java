package nl.adviestracker.intake;

import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.adviestracker.shared.ProblemException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an uploaded advice document into paragraphs. The format is decided by the content (magic
 * bytes, the parts of a zip) together with the file name and content type, never by the name alone;
 * everything that cannot be read ends in a {@link ProblemException} with a Dutch explanation.
 */
@Singleton
public class DocumentReader {

    private static final Set<String> FOREIGN_EXTENSIONS = Set.of(
            "doc", "dot", "docm", "dotx", "odt", "rtf", "xls", "xlsx", "xlsm", "ods", "csv", "ppt", "pptx", "odp",
            "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "heic", "webp", "svg", "zip", "7z", "rar", "gz", "html",
            "htm", "xml", "json", "msg", "pages", "exe");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?im)^(from|to|subject|date|mime-version|received|message-id|return-path|content-type):\\s?\\S");

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("", "png", "jpg", "jpeg");

    private final IntakeSettings settings;
    private final ScanReader scans;

    public DocumentReader(IntakeSettings settings) {
        this.settings = settings;
        this.scans = new ScanReader(settings);
    }

    /** Reads pasted text. */
    public ExtractedDocument readText(String text) {
        if (text == null || text.isBlank()) {
            throw IntakeProblems.empty();
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxFileSize()) {
            throw IntakeProblems.tooLarge(settings.maxFileSize());
        }
        return new ExtractedDocument(DocumentFormat.TEXT, TextSegmenter.segment(text));
    }

    /**
     * Reads an uploaded file.
     *
     * @param filename the name as uploaded, may be null
     * @param contentType the declared content type, may be null
     */
    public ExtractedDocument read(byte[] content, String filename, String contentType) {
        DocumentFormat format = recognise(content, filename, contentType);
        Deadline deadline = Deadline.after(settings.readTimeout());
        ExtractedDocument document = switch (format) {
            case PDF -> readPdf(content, deadline);
            case DOCX -> readDocx(content);
            case EMAIL -> readEmail(content);
            case TEXT -> new ExtractedDocument(DocumentFormat.TEXT, TextSegmenter.segment(decode(content)));
            case IMAGE -> scans.readImage(content, deadline);
        };
        if (document.paragraphs().isEmpty()) {
            throw IntakeProblems.noText(format);
        }
        return document;
    }

    /**
     * The format of an uploaded file, within the size limit, without reading its text: what intake accepts is
     * what may be kept with an advice. Refused (naming {@code file}) as {@link #read} refuses it.
     */
    public DocumentFormat recognise(byte[] content, String filename, String contentType) {
        if (content == null || content.length == 0) {
            throw IntakeProblems.empty();
        }
        if (content.length > settings.maxFileSize()) {
            throw IntakeProblems.tooLarge(settings.maxFileSize());
        }
        return sniff(content, extension(filename), contentType == null ? "" : contentType.toLowerCase(Locale.ROOT));
    }

    DocumentFormat sniff(byte[] content, String extension, String type) {
        if (startsWith(content, "%PDF-") || indexOf(content, "%PDF-", 1024) >= 0) {
            return DocumentFormat.PDF;
        }
        if (startsWith(content, "PK\u0003\u0004")) {
            return zipFormat(content, extension);
        }
        if (startsWith(content, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            throw oleProblem(content, extension);
        }
        boolean png = startsWith(content, "\u0089PNG");
        boolean jpeg = startsWith(content, "\u00FF\u00D8\u00FF");
        if ((png || jpeg) && (IMAGE_EXTENSIONS.contains(extension) || type.startsWith("image/"))) {
            return DocumentFormat.IMAGE;
        }
        if (png
                || jpeg
                || startsWith(content, "GIF8")
                || startsWith(content, "II*\u0000")
                || startsWith(content, "MM\u0000*")
                || startsWith(content, "BM")
                || startsWith(content, "RIFF")) {
            throw IntakeProblems.unsupported("Dit is een afbeelding, geen tekstdocument.");
        }
        if (startsWith(content, "{\\rtf")) {
            throw IntakeProblems.unsupported("RTF-bestanden worden niet ondersteund.");
        }
        if (looksBinary(content)) {
            if (extension.equals("pdf") || extension.equals("docx")) {
                throw IntakeProblems.corrupt("Het bestand");
            }
            throw IntakeProblems.unsupported("Dit bestandstype wordt niet herkend.");
        }
        // text from here on
        if (extension.equals("pdf") || type.contains("pdf")) {
            throw IntakeProblems.corrupt("De PDF");
        }
        if (extension.equals("docx") || type.contains("wordprocessingml")) {
            throw IntakeProblems.corrupt("Het Word-document");
        }
        if (FOREIGN_EXTENSIONS.contains(extension)
                || type.startsWith("text/html")
                || type.contains("rtf")
                || type.startsWith("image/")
                || type.contains("spreadsheet")
                || type.contains("presentation")) {
            throw IntakeProblems.unsupported("Bestanden van het type ." + (extension.isEmpty() ? type : extension)
                    + " worden niet ondersteund.");
        }
        if (extension.equals("eml") || type.startsWith("message/rfc822") || looksLikeMail(content)) {
            return DocumentFormat.EMAIL;
        }
        return DocumentFormat.TEXT;
    }

    /**
     * A Word document is a zip with the part {@code word/document.xml}. Part names are stored uncompressed
     * in the zip's headers, so they are looked up in the raw bytes: nothing is inflated before POI,
     * which guards against zip bombs, reads the file.
     */
    private static DocumentFormat zipFormat(byte[] content, String extension) {
        boolean word = indexOf(content, "word/document.xml", content.length) >= 0;
        if (word) {
            return DocumentFormat.DOCX;
        }
        boolean complete = indexOf(content, "PK\u0005\u0006", content.length) >= 0;
        if (extension.equals("docx") || !complete) {
            throw IntakeProblems.corrupt(extension.equals("docx") ? "Het Word-document" : "Het bestand");
        }
        throw IntakeProblems.unsupported("Dit is geen Word-document maar een ander Office- of zip-bestand"
                + (extension.isEmpty() ? "." : " (." + extension + ")."));
    }

    private static ProblemException oleProblem(byte[] content, String extension) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                return IntakeProblems.encrypted();
            }
            if (fs.getRoot().hasEntryCaseInsensitive("WordDocument")) {
                return IntakeProblems.unsupported(
                        "Het oude Word-formaat (.doc) wordt niet ondersteund; sla het document in Word op als .docx of als PDF.");
            }
            return IntakeProblems.unsupported("Dit oudere Office-bestand"
                    + (extension.isEmpty() ? "" : " (." + extension + ")") + " wordt niet ondersteund.");
        } catch (IOException | RuntimeException e) {
            return IntakeProblems.corrupt("Het bestand");
        }
    }

    private ExtractedDocument readPdf(byte[] content, Deadline deadline) {
        PdfStreamBudget.check(content, settings.maxInflatedSize(), deadline);
        try (PDDocument pdf = PdfReader.open(content)) {
            int pages = pdf.getNumberOfPages();
            if (pages > settings.maxPages()) {
                throw IntakeProblems.tooManyPages(pages, settings.maxPages(), false);
            }
            ReadLimits.checkImages(pdf, settings.maxImagePixels());
            List<Paragraph> paragraphs = new PdfReader().read(pdf, deadline);
            if (paragraphs.isEmpty()) {
                return scans.readPdf(pdf, deadline);
            }
            return new ExtractedDocument(DocumentFormat.PDF, paragraphs);
        } catch (ProblemException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw IntakeProblems.encrypted();
        } catch (IOException | RuntimeException e) {
            throw IntakeProblems.corrupt("De PDF");
        }
    }

    private ExtractedDocument readDocx(byte[] content) {
        ReadLimits.checkZip(content, settings.maxInflatedSize(), "Het Word-document");
        try {
            return new ExtractedDocument(DocumentFormat.DOCX, new DocxReader().read(content));
        } catch (EncryptedDocumentException e) {
            throw IntakeProblems.encrypted();
        } catch (IOException | RuntimeException e) {
            throw IntakeProblems.corrupt("Het Word-document");
        }
    }

    private static ExtractedDocument readEmail(byte[] content) {
        try {
            return new EmailReader().read(content);
        } catch (Exception e) {
            throw IntakeProblems.corrupt("De e-mail");
        }
    }

    /** UTF-8 (with or without byte order mark), UTF-16 with a byte order mark, otherwise Windows-1252. */
    static String decode(byte[] content) {
        if (content.length >= 2
                && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                        || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        if (n >= 2
                && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                        || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static boolean looksLikeMail(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        int blank = head.replace("\r\n", "\n").indexOf("\n\n");
        String headers = blank < 0 ? head : head.replace("\r\n", "\n").substring(0, blank);
        if (!headers.matches("(?s)^[A-Za-z][A-Za-z0-9-]*:.*")) {
            return false;
        }
        long count = MAIL_HEADER.matcher(headers).results().count();
        return count >= 3;
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, String latin1) {
        if (content.length < latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((content[i] & 0xFF) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, String latin1, int within) {
        int end = Math.min(content.length - latin1.length(), within);
        outer:
        for (int i = 0; i <= end; i++) {
            for (int k = 0; k < latin1.length(); k++) {
                if ((content[i + k] & 0xFF) != latin1.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
