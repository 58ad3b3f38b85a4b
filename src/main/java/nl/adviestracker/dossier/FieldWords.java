package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;

/**
 * Dutch words for the stored values of fields that another feature owns (the letter's route, for one), so
 * the history reads them in Dutch without the dossier depending on that feature.
 */
public interface FieldWords {

    /** The Dutch for {@code value} of {@code field}, or null when this feature does not own the field. */
    @Nullable
    String dutch(String field, String value);

    /** The words of all features at once: the first that knows the field answers. */
    static FieldWords of(java.util.List<FieldWords> all) {
        return (field, value) -> all.stream()
                .map(words -> words.dutch(field, value))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
