package nl.adviestracker.response;

/** The college's position on a point (standpunt). Anything but ADOPTED must state its reasons (Awb 3:50). */
public enum Stance {
    ADOPTED("overgenomen"),
    PARTLY_ADOPTED("deels overgenomen"),
    NOT_ADOPTED("niet overgenomen"),
    ALREADY_POLICY("al in uitvoering / reeds beleid"),
    NOTED("kennisgenomen"),
    TAKEN_INTO_ACCOUNT("wordt meegenomen"),
    REFERRED("verwezen");

    private final String dutch;

    Stance(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public boolean requiresReason() {
        return this != ADOPTED;
    }
}
