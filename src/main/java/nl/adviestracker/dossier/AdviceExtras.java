package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.note.NotesBox;

/**
 * What the advice page links to besides points and responses: the response term and its extensions,
 * the document the advice was taken in from, and for the body's members once the letter is sent, the
 * letter itself and the follow-ups the college promised them.
 *
 * @param termHref the term's page, once the advice is submitted
 * @param handlingHref where staff set department, portfolio holder, theme and our reference
 * @param documentHref the original document, when the advice was taken in from one
 * @param documentsHref every document kept with the advice, where staff add one (letters of an imported advice)
 * @param letterPdfHref the reply letter as sent, for members of an answered advice
 * @param promises the follow-ups promised to the body, for members of an answered advice
 */
public record AdviceExtras(
        @Nullable String termHref,
        boolean termExtended,
        @Nullable String handlingHref,
        @Nullable String portfolioHolder,
        @Nullable String documentHref,
        @Nullable String documentsHref,
        @Nullable String letterPdfHref,
        @Nullable String letterDocxHref,
        boolean showPromises,
        List<Promise> promises,
        @Nullable NotesBox.View internalNotes) {

    /**
     * One follow-up as the body sees it.
     *
     * @param informedOn when the body was told the outcome
     * @param dueDateHistory the first date and each move, with who and why; null when never moved
     */
    public record Promise(
            String reference,
            String description,
            @Nullable LocalDate dueOn,
            String status,
            boolean overdue,
            @Nullable LocalDate informedOn,
            @Nullable String dueDateHistory) {}
}
