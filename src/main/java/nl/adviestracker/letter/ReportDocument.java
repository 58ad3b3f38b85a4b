package nl.adviestracker.letter;

import java.util.List;

/**
 * A report the college sends in the house style of its letters (the report to the council): the same
 * letterhead, signature and footer, then sections with a heading, paragraphs and a table. Every value is
 * a display string; {@link ReportDocuments} renders it from {@code letters/<template>.hbs} to PDF and, in
 * code, to DOCX, so both say the same.
 *
 * @param template the Handlebars template under {@code letters/}, e.g. {@code council-report}
 * @param subject "Onderwerp" in the letterhead and the footer, the PDF's title
 * @param addressee the first address line ("De gemeenteraad van Groningen")
 * @param date the date printed in the letterhead
 * @param introduction paragraphs after the salutation
 * @param closing the last paragraph before the signature
 */
public record ReportDocument(
        String template,
        String subject,
        String addressee,
        String date,
        String salutation,
        List<String> introduction,
        List<Section> sections,
        String closing) {

    /** A heading, its paragraphs, then its tables (often one, none when there is nothing to count), then remarks. */
    public record Section(String heading, List<String> paragraphs, List<Table> tables, List<String> remarks) {}

    /** A table with a header row; every row has as many cells as there are columns. */
    public record Table(String caption, List<String> columns, List<List<String>> rows) {}
}
