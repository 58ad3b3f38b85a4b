package nl.adviestracker.followup;

/** What shows that a follow-up was delivered. */
public enum EvidenceKind {
    /** A decision of the college or the council, described with its date and reference. */
    DECISION("besluit"),
    /** A document, kept in the database. */
    DOCUMENT("document"),
    /** A link to where the result can be seen. */
    LINK("link");

    private final String dutch;

    EvidenceKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
