package nl.adviestracker.advice;

/** Where an advice is in its life. */
public enum AdviceStatus {
    /** The body is still writing it; its points can change. */
    DRAFT("concept"),
    /** Submitted to the college; the text is now the body's record and the answer term runs. */
    RECEIVED("ontvangen"),
    /** The reply letter was sent. */
    ANSWERED("beantwoord");

    private final String dutch;

    AdviceStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public boolean textIsFrozen() {
        return this != DRAFT;
    }
}
