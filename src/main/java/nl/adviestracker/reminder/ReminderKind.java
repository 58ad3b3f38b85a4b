package nl.adviestracker.reminder;

/** What a reminder is about. Each is sent once per subject, recipient and period (see reminder_sent). */
public enum ReminderKind {
    FOLLOWUP_DUE("Toezegging binnenkort"),
    FOLLOWUP_OVERDUE("Toezegging te laat"),
    ANSWER_DUE("Beantwoording advies binnenkort"),
    ANSWER_OVERDUE("Beantwoording advies te laat"),
    REQUEST_DUE("Advies binnenkort nodig"),
    REQUEST_OVERDUE("Gevraagd advies te laat"),
    WEEKLY_DIGEST("Weekoverzicht");

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
