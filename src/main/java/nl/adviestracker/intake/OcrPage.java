package nl.adviestracker.intake;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One page read with OCR.
 *
 * @param page 1-based page number
 * @param confidence Tesseract's mean word confidence on the page, 0 to 100
 * @param words the words recognised
 */
@Serdeable
public record OcrPage(int page, int confidence, int words) {

    /** Below this the page is said to be poorly readable. */
    public static final int LOW_CONFIDENCE = 75;

    public boolean low() {
        return confidence < LOW_CONFIDENCE || words == 0;
    }
}
