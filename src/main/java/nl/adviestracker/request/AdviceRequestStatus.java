package nl.adviestracker.request;

/** Where an advice request stands. */
public enum AdviceRequestStatus {
    /** Asked; the body is working on its advice. */
    OPEN("open"),
    /** The body's advice answers it. */
    ANSWERED("beantwoord"),
    /** The college no longer asks. */
    WITHDRAWN("ingetrokken");

    private final String dutch;

    AdviceRequestStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
