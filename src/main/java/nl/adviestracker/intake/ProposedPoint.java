package nl.adviestracker.intake;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One point as found in the document.
 *
 * @param label the number as written, without punctuation: "3", "2a", "2.1", "IV"; for a document
 *     without numbering the position ("1", "2", ...)
 * @param text the point's own words; paragraphs separated by a blank line, bullets as "- "
 */
@Serdeable
public record ProposedPoint(String label, String text) {}
