package nl.adviestracker.letter;

import java.util.List;

/**
 * The follow-up letter as it prints: every value a display string. The letterhead, signature and
 * footer partials read the same components as in {@link LetterView}.
 */
record FollowUpLetterView(
        String department,
        String subject,
        String advisoryBody,
        String attentionLine,
        List<String> addressLines,
        String phone,
        String attachments,
        String ourReference,
        String date,
        String theirLetterDate,
        String theirReference,
        String salutation,
        List<String> paragraphs,
        String closing,
        String greeting,
        String signingBody,
        List<LetterView.Signatory> signatories) {}
