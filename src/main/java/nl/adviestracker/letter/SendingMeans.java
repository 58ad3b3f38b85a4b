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
    NOT_RECORDED("niet vastgelegd");

    private final String dutch;

    SendingMeans(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
