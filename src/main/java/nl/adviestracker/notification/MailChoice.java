package nl.adviestracker.notification;

/** How a user wants to hear of one kind of notice by mail; the in-app list always shows it. */
public enum MailChoice {
    /** A mail for each notice, as it comes. */
    NOW("Direct per e-mail"),
    /** One mail a day with the notices of the day before. */
    DIGEST("Dagelijks overzicht"),
    /** No mail; only in the list of meldingen. */
    OFF("Geen e-mail");

    private final String dutch;

    MailChoice(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
