package nl.adviestracker.reminder;

/** What a reminder is about. Each is sent once per subject, recipient and period (see reminder_sent). */
public enum ReminderKind {
    FOLLOWUP_DUE("Toezegging binnenkort"),
    FOLLOWUP_OVERDUE("Toezegging te laat"),
    ANSWER_DUE("Beantwoording advies binnenkort"),
    ANSWER_OVERDUE("Beantwoording advies te laat"),
    REQUEST_DUE("Advies binnenkort nodig"),
    REQUEST_OVERDUE("Gevraagd advies te laat"),
    WEEKLY_DIGEST("Weekoverzicht"),
    /** A notification mailed at once (subject: the notice). */
    NOTICE("Melding"),
    /** The day's notifications in one mail (subject: the user, period: the day). */
    NOTICE_DIGEST("Dagoverzicht meldingen"),
    /** To the body: its advice was received, with the date the answer is due (subject: the advice). */
    BODY_RECEIVED("Ontvangstbevestiging aan adviesorgaan"),
    /** To the body: the answer is late (subject: the advice, period: which reminder). */
    BODY_LATE("Antwoord te laat, bericht aan adviesorgaan"),
    /** To the body: the answer was sent, the letter attached when it went by e-mail (subject: the advice). */
    BODY_SENT("Antwoord verzonden aan adviesorgaan");

    private final String dutch;

    ReminderKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public boolean overdue() {
        return name().endsWith("_OVERDUE");
    }
}
