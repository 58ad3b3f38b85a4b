package nl.adviestracker.intake;

import jakarta.inject.Singleton;

/** Reading an advice document and proposing its points; stores nothing. */
@Singleton
public class AdviceIntake {

    private final DocumentReader reader;
    private final PointDetector detector;

    public AdviceIntake(DocumentReader reader, PointDetector detector) {
        this.reader = reader;
        this.detector = detector;
    }

    /** Proposes the points of pasted text. */
    public ProposedSplit proposeFromText(String text) {
        return detector.detect(reader.readText(text));
    }

    /** Proposes the points of an uploaded file; the format is recognised from the content, name and type. */
    public ProposedSplit proposeFromFile(byte[] content, String filename, String contentType) {
        return detector.detect(reader.read(content, filename, contentType));
    }
}
