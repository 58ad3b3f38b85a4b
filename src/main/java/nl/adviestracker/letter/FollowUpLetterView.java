package nl.adviestracker.letter;

import java.util.List;

/**
 * The follow-up letter as it prints: every value a display string. Its letterhead, signature and footer
 * are the same record as the reply letter's ({@link LetterheadView}).
 */
record FollowUpLetterView(LetterheadView head, String salutation, List<String> paragraphs, String closing) {}
