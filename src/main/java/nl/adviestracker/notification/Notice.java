package nl.adviestracker.notification;

/**
 * Something to tell one staff member. Telling the same {@code dedupKey} to the same recipient again does
 * nothing, so callers may tell whenever the event happens (a retried job, two instances) without care.
 *
 * @param recipientUserId the staff account told
 * @param text one Dutch sentence, e.g. "Anna noemde u in een notitie bij Armoedeaanpak."
 * @param link the page to open, relative to the service ("/advices/12#notitie-5")
 * @param dedupKey what makes this notice this one, e.g. "note-5" or "assigned-point-7-2026-12-01"
 */
public record Notice(long recipientUserId, NoticeKind kind, String text, String link, String dedupKey) {

    public Notice {
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("a notice links to a page of this service: " + link);
        }
        if (dedupKey.isBlank() || dedupKey.length() > 200) {
            throw new IllegalArgumentException("a notice needs a dedup key of at most 200 characters");
        }
        text = text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }
}
