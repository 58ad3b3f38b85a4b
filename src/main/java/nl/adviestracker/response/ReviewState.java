package nl.adviestracker.response;

/** Where a response stands in its review, in the order it passes them. */
public enum ReviewState {
    /** Its writer works on it. */
    DRAFT("concept"),
    /** Its writer asked a colleague to review it. */
    READY_FOR_REVIEW("klaar voor beoordeling"),
    /** A reviewer who did not write it approved it; the letter may leave its draft once all are. */
    APPROVED("goedgekeurd");

    private final String dutch;

    ReviewState(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
