package nl.adviestracker.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 7807 problem body ({@code application/problem+json}).
 *
 * @param errors one entry per field that is wrong, naming the field and the reason
 * @param current on a 409 for a stale version: what is stored now
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @Nullable String instance,
        List<FieldProblem> errors,
        @Nullable Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
