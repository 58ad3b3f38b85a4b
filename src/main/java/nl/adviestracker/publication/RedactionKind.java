package nl.adviestracker.publication;

/** What a redaction leaves out, and the mark the public sees in its place. */
public enum RedactionKind {
    /** A person's name: a member or staff account known to the tool, or one staff added by hand. */
    NAME("[naam]", "naam"),
    EMAIL("[e-mailadres]", "e-mailadres"),
    /** A Dutch phone number, national ("050 367 51 67", "06-12345678") or international ("+31 6 ..."). */
    PHONE("[telefoonnummer]", "telefoonnummer");

    private final String mark;
    private final String dutch;

    RedactionKind(String mark, String dutch) {
        this.mark = mark;
        this.dutch = dutch;
    }

    public String mark() {
        return mark;
    }

    public String dutch() {
        return dutch;
    }
}
