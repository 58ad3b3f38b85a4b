package nl.adviestracker.response;

/** What a change to a response of a final letter is. */
public enum CorrectionKind {
    /** The sent response was wrong: another stance or text replaces it from now on. */
    CORRECTION("correctie"),
    /** The sent response stays; something is added to it. */
    SUPPLEMENT("aanvulling");

    private final String dutch;

    CorrectionKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
