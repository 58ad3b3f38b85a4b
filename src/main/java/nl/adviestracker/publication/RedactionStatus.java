package nl.adviestracker.publication;

/** Staff's decision on a proposed redaction. */
public enum RedactionStatus {
    /** Left out of everything public: replaced by its mark. */
    ACCEPTED("weglaten"),
    /** Shown as written (a department's general address, a public official's name). */
    REJECTED("laten staan");

    private final String dutch;

    RedactionStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
