package nl.adviestracker.accessibility;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of the automated accessibility check (axe-core in {@code AccessibilityIT}), per page, as
 * {@code accessibility/axe-results.json} holds them. The test writes it; the statement page reads it.
 */
@Serdeable
public record AxeResults(LocalDate checkedOn, String tool, List<PageResult> pages) {

    /** One page (or one state of a page, such as a form showing its errors) and what axe found there. */
    @Serdeable
    public record PageResult(
            String page, int passes, int minor, int moderate, int serious, int critical, List<String> violations) {

        public boolean clean() {
            return minor + moderate + serious + critical == 0;
        }
    }
}
