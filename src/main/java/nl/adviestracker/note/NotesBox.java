package nl.adviestracker.note;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;

/** The section "Interne notities" of the advice page, for staff: threads, and forms to write. */
@Singleton
public class NotesBox {

    /** What a note is about, as the form's choice and the note's label: "Punt 3", "Reactie op punten 1 t/m 4". */
    public record Subject(String value, String label) {}

    /** @param reply answers another note (replies are answered in their thread, not one by one) */
    public record Card(
            long adviceId,
            @Nullable String csrf,
            boolean reply,
            long id,
            String authorName,
            String text,
            Instant createdAt,
            boolean edited,
            int version,
            @Nullable String about,
            boolean own,
            List<Card> replies) {}

    /** @param csrf the token the forms carry */
    public record View(
            long adviceId,
            List<Card> threads,
            List<Subject> subjects,
            @Nullable String csrf) {}

    private final Notes notes;

    NotesBox(Notes notes) {
        this.notes = notes;
    }

    /**
     * The box for a staff member; {@code subjects}: the advice's points and responses by their value
     * ("point-12", "response-7") and label, for the choice of what a new note is about.
     */
    public View of(SignedInUser user, long adviceId, List<Subject> subjects) {
        Map<String, String> labelOf = new LinkedHashMap<>();
        subjects.forEach(s -> labelOf.put(s.value(), s.label()));
        Map<Long, List<Card>> replies = new LinkedHashMap<>();
        List<Note> all = notes.of(user, adviceId);
        java.util.Set<Long> standing = new java.util.HashSet<>();
        all.forEach(n -> standing.add(n.id()));
        for (Note note : all) {
            if (note.parentId() != null && standing.contains(note.parentId())) {
                replies.computeIfAbsent(note.parentId(), k -> new ArrayList<>())
                        .add(card(user, note, labelOf, List.of(), true));
            }
        }
        List<Card> threads = new ArrayList<>();
        for (Note note : all) {
            // a reply whose thread's first note was deleted stands on its own
            if (note.parentId() == null || !standing.contains(note.parentId())) {
                threads.add(card(user, note, labelOf, replies.getOrDefault(note.id(), List.of()), false));
            }
        }
        return new View(adviceId, threads, subjects, user.csrfToken());
    }

    private static Card card(
            SignedInUser user, Note note, Map<String, String> labelOf, List<Card> replies, boolean reply) {
        String about = note.pointId() != null
                ? labelOf.get("point-" + note.pointId())
                : note.responseId() != null ? labelOf.get("response-" + note.responseId()) : null;
        return new Card(
                note.adviceId(),
                user.csrfToken(),
                reply,
                note.id(),
                note.authorName(),
                note.text(),
                note.createdAt(),
                note.edited() != null,
                note.version(),
                about,
                note.authorUserId() == user.userId(),
                replies);
    }
}
