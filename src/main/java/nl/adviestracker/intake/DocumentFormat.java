package nl.adviestracker.intake;

/** The kinds of document that intake reads. */
public enum DocumentFormat {
    /** Pasted text or a .txt file. */
    TEXT,
    /** An e-mail (.eml); its text/plain body is read. */
    EMAIL,
    /** A Word document (Office Open XML). */
    DOCX,
    /** A PDF with a text layer. */
    PDF
}
