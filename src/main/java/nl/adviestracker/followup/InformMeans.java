package nl.adviestracker.followup;

/** How the body was told the outcome of a follow-up. */
public enum InformMeans {
    LETTER("brief"),
    EMAIL("e-mail"),
    MEETING("overleg"),
    OTHER("anders");

    private final String dutch;

    InformMeans(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
