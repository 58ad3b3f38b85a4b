package nl.adviestracker.advice;

/** Whether the college asked for the advice (gevraagd) or the body gave it on its own initiative (ongevraagd). */
public enum AdviceKind {
    SOLICITED("gevraagd"),
    UNSOLICITED("ongevraagd");

    private final String dutch;

    AdviceKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
