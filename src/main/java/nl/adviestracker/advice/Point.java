package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One numbered point (adviespunt) of an advice, in the advice's order.
 *
 * @param label as the body numbered it: "1", "2a", "II"
 * @param documentReference the article or section of the advised document it is about ("art. 3.8 lid 3")
 */
@Serdeable
@MappedEntity("point")
public record Point(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        int position,
        String label,
        String text,
        PointKind kind,
        @Nullable String documentReference,
        @Version @Nullable Integer version) {}
