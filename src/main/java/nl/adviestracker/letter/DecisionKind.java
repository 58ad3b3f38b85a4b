package nl.adviestracker.letter;

/** Who decided on a final letter before it was sent. */
public enum DecisionKind {
    /** The college of B&W, in its meeting: a decision with a date and a number. */
    COLLEGE("besluit van het college"),
    /** A mandate holder (a wethouder or the director) decided under mandate. */
    MANDATE("mandaatbesluit");

    private final String dutch;

    DecisionKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
