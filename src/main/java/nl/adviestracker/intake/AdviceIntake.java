package nl.adviestracker.intake;

import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reading an advice document and proposing its points; stores nothing. At most
 * {@link IntakeSettings#concurrentReads()} documents are read at a time; a further upload waits
 * {@link IntakeSettings#queueWait()} for a free reader and is then refused with 503 and a Retry-After,
 * so a burst of heavy documents cannot take every request thread and all memory.
 */
@Singleton
public class AdviceIntake {

    private final DocumentReader reader;
    private final PointDetector detector;
    private final IntakeSettings settings;
    private final Semaphore readers;

    public AdviceIntake(DocumentReader reader, PointDetector detector, IntakeSettings settings) {
        this.reader = reader;
        this.detector = detector;
        this.settings = settings;
        this.readers = new Semaphore(Math.max(1, settings.concurrentReads()), true);
    }

    /** Proposes the points of pasted text. */
    public ProposedSplit proposeFromText(String text) {
        return detector.detect(reader.readText(text));
    }

    /** Proposes the points of an uploaded file; the format is recognised from the content, name and type. */
    public ProposedSplit proposeFromFile(byte[] content, String filename, String contentType) {
        return withReader(() -> detector.detect(reader.read(content, filename, contentType)));
    }

    private <T> T withReader(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = readers.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeProblems.Busy();
        }
        if (!acquired) {
            throw new IntakeProblems.Busy();
        }
        try {
            return work.get();
        } finally {
            readers.release();
        }
    }
}
