package nl.adviestracker.letter;

import java.util.List;

/**
 * The letterhead, signature and footer of a letter as they print: every value a display string, empty
 * values replaced by what the letter shows for them. The reply letter ({@link LetterView}), the
 * supplementary letter and the follow-up letter ({@link FollowUpLetterView}) all carry one, and the
 * partials {@code letterhead}, {@code signature} and {@code footer} read only this.
 *
 * @param organisation the organisation the letter comes from, the document's author
 * @param portfolioHolder the responsible alderman, empty when not known (the line is left out)
 * @param returnAddress the organisation's postal address as one line, empty when not set
 * @param logo a logo file name in the templates' {@code logos/} folder, empty for none
 */
record LetterheadView(
        String organisation,
        String department,
        String portfolioHolder,
        String subject,
        String advisoryBody,
        String attentionLine,
        List<String> addressLines,
        String returnAddress,
        String logo,
        String phone,
        String attachments,
        String ourReference,
        String date,
        String theirLetterDate,
        String theirReference,
        String greeting,
        String signingBody,
        List<LetterView.Signatory> signatories) {}
