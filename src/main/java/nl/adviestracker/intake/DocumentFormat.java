package nl.adviestracker.intake;

/** The kinds of document that intake reads. */
public enum DocumentFormat {
    /** Pasted text or a .txt file. */
    TEXT,
    /** An e-mail (.eml); its text/plain body is read. */
    EMAIL,
    /** A Word document (Office Open XML). */
    DOCX,
    /** A PDF: its text layer, or for a scan its page images read with OCR. */
    PDF,
    /** A photo or scanned page (PNG, JPEG), read with OCR. */
    IMAGE
}
