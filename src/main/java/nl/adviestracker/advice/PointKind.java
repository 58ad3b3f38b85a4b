package nl.adviestracker.advice;

/** What a point of an advice is. */
public enum PointKind {
    RECOMMENDATION("aanbeveling"),
    QUESTION("vraag"),
    OBSERVATION("observatie"),
    REQUEST("verzoek");

    private final String dutch;

    PointKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
