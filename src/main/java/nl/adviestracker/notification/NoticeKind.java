package nl.adviestracker.notification;

/** What a staff member is told about; each kind has its own mail setting per user. */
public enum NoticeKind {
    /** An advice, point or letter was assigned to you. */
    ASSIGNED("Aan u toegewezen", MailChoice.NOW),
    /** Someone asks you to review a draft. */
    REVIEW_ASKED("Beoordeling gevraagd", MailChoice.NOW),
    /** Your draft was sent back with comments. */
    SENT_BACK("Teruggestuurd met opmerkingen", MailChoice.NOW),
    /** Your draft was approved. */
    APPROVED("Goedgekeurd", MailChoice.NOW),
    /** Something you own is due soon. */
    DUE_SOON("Termijn nadert", MailChoice.DIGEST),
    /** Something you own is past its due date. */
    OVERDUE("Termijn verstreken", MailChoice.DIGEST),
    /** A colleague mentioned you in an internal note. */
    MENTIONED("Genoemd in een notitie", MailChoice.NOW);

    private final String dutch;
    private final MailChoice byDefault;

    NoticeKind(String dutch, MailChoice byDefault) {
        this.dutch = dutch;
        this.byDefault = byDefault;
    }

    public String dutch() {
        return dutch;
    }

    /** The mail setting of a user who chose none for this kind. */
    public MailChoice byDefault() {
        return byDefault;
    }
}
