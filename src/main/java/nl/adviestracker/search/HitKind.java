package nl.adviestracker.search;

/**
 * What a search hit is: the advice itself (subject, introduction), one of its points, a response or a follow-up.
 * Their order is their number in the database's {@code search_hits} (changeset 420).
 */
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
