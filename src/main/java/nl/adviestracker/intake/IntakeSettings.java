package nl.adviestracker.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;

/**
 * Settings of advice intake, under {@code adviestracker.intake}. Reading a document is bounded in
 * process: by the bytes its compressed parts inflate to, its pages, its image pixels and a deadline
 * checked between pages; OCR runs as a child process with its own time limit.
 *
 * @param maxFileSize largest document accepted, e.g. {@code 10MB} (the default). The server's own
 *     request limits ({@code micronaut.server.max-request-size}, {@code micronaut.server.multipart.max-file-size})
 *     must be larger, or the server refuses a large upload before intake can explain the limit in Dutch.
 * @param maxInflatedSize most bytes the compressed parts of one document (the parts of a Word zip, the
 *     streams of a PDF) may inflate to
 * @param maxPages most pages of a PDF with text
 * @param maxOcrPages most pages read with OCR (a scan)
 * @param maxImagePixels most pixels of a photo or a rendered scan page
 * @param ocrDpi resolution scan pages are rendered at for OCR
 * @param readTimeout time one document may take to read, OCR included
 * @param ocrCommand the Tesseract program; intake says plainly that scans cannot be read when it is absent
 * @param concurrentReads documents read at the same time; further uploads wait {@code queueWait}, then get 503
 * @param queueWait how long an upload waits for a free reader
 */
@ConfigurationProperties("adviestracker.intake")
public record IntakeSettings(
        @Bindable(defaultValue = "10MB") @ReadableBytes long maxFileSize,
        @Bindable(defaultValue = "64MB") @ReadableBytes long maxInflatedSize,
        @Bindable(defaultValue = "300") int maxPages,
        @Bindable(defaultValue = "10") int maxOcrPages,
        @Bindable(defaultValue = "40000000") long maxImagePixels,
        @Bindable(defaultValue = "200") int ocrDpi,
        @Bindable(defaultValue = "60s") Duration readTimeout,
        @Bindable(defaultValue = "tesseract") String ocrCommand,
        @Bindable(defaultValue = "2") int concurrentReads,
        @Bindable(defaultValue = "5s") Duration queueWait) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    /** Only the file size differs from the defaults. */
    public IntakeSettings(long maxFileSize) {
        this(
                maxFileSize,
                64L * 1024 * 1024,
                300,
                10,
                40_000_000L,
                200,
                Duration.ofSeconds(60),
                "tesseract",
                2,
                Duration.ofSeconds(5));
    }

    /** The limit as the screens state it: "10 MB". */
    public String maxFileSizeText() {
        return IntakeProblems.readable(maxFileSize);
    }

    public IntakeSettings withOcrCommand(String command) {
        return new IntakeSettings(
                maxFileSize,
                maxInflatedSize,
                maxPages,
                maxOcrPages,
                maxImagePixels,
                ocrDpi,
                readTimeout,
                command,
                concurrentReads,
                queueWait);
    }

    public IntakeSettings withReadTimeout(Duration timeout) {
        return new IntakeSettings(
                maxFileSize,
                maxInflatedSize,
                maxPages,
                maxOcrPages,
                maxImagePixels,
                ocrDpi,
                timeout,
                ocrCommand,
                concurrentReads,
                queueWait);
    }

    public static IntakeSettings defaults() {
        return new IntakeSettings(DEFAULT_MAX_FILE_SIZE);
    }
}
