package nl.adviestracker.letter;

import java.util.List;

/** A {@link ReportDocument} as its template reads it: the letterhead of the letters, then its own parts. */
record ReportDocumentView(
        LetterheadView head,
        String salutation,
        List<String> introduction,
        List<ReportDocument.Section> sections,
        String closing) {}
