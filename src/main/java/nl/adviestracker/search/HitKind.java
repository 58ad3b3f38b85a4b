package nl.adviestracker.search;

/** What a search hit is: the advice itself (subject, introduction), one of its points, a response or a follow-up. */
public enum HitKind {
    ADVICE("advies"),
    POINT("adviespunt"),
    RESPONSE("reactie"),
    FOLLOWUP("toezegging");

    private final String dutch;

    HitKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
