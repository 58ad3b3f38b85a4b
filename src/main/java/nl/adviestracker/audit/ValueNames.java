package nl.adviestracker.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * How a value in the history reads for a person ("ontvangen", not RECEIVED; "2 februari 2024"). The
 * history lives here, below the features whose words these are, so a feature that knows them provides
 * the names as a bean and the organisation's history page asks it.
 */
public interface ValueNames {

    /** The value of {@code field} in Dutch, or the value itself (shortened) when it has no other name. */
    String dutch(String field, @Nullable Object value);
}
