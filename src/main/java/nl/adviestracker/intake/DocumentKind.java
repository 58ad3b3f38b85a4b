package nl.adviestracker.intake;

/** What a document kept with an advice is. */
public enum DocumentKind {
    /** The advice as the body sent it; whoever may read the advice may read it. */
    ADVICE("advies van het adviesorgaan", true),
    /** The reply letter the college sent; the body's members see it once the advice is answered. */
    REPLY_LETTER("antwoordbrief van het college", false),
    /** Anything else that belongs to the dossier (an appendix, a council letter); as the reply letter. */
    OTHER("ander stuk", false);

    private final String dutch;
    private final boolean bodysOwn;

    DocumentKind(String dutch, boolean bodysOwn) {
        this.dutch = dutch;
        this.bodysOwn = bodysOwn;
    }

    public String dutch() {
        return dutch;
    }

    /** Whether it is the body's own text, readable with the advice, rather than the college's material. */
    public boolean bodysOwn() {
        return bodysOwn;
    }
}
