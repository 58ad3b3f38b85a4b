/**
 * Advice intake: an advice arrives as a Word document, a PDF, an e-mail or pasted text, and nobody
 * should have to retype it point by point. {@link nl.adviestracker.intake.DocumentReader} turns the
 * document into paragraphs (rendering Word's automatic numbering as the reader saw it),
 * {@link nl.adviestracker.intake.PointDetector} proposes the split into points, and
 * {@code POST /api/intake} returns the proposal without storing anything.
 */
package nl.adviestracker.intake;
