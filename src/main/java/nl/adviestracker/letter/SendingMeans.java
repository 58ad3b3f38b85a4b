package nl.adviestracker.letter;

/** How a letter went to the body. */
public enum SendingMeans {
    /** By e-mail to the body's contact address. */
    EMAIL("per e-mail"),
    /** By post. */
    POST("per post"),
    /** Through the municipality's document system. */
    DOCUMENT_SYSTEM("via het documentsysteem van de gemeente"),
    /** Sent before the route existed, when how was not recorded; never chosen for a new letter. */
    NOT_RECORDED("niet vastgelegd"),
    /**
     * Sent years before it was entered, and imported from the archive ({@link LetterRoute#recordedFromArchive});
     * never chosen for a letter written in the tool.
     */
    ARCHIVE("uit archief");

    /** Only the means a letter written in the tool may be sent by (not recorded and archive are history). */
    public boolean choosable() {
        return this != NOT_RECORDED && this != ARCHIVE;
    }

    private final String dutch;

    SendingMeans(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
