package nl.adviestracker.repeat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Staff's decision on one hinted pair: {@code pointId} repeats {@code earlierPointId}, or does not. */
@Serdeable
@MappedEntity("point_repeat_decision")
record RepeatDecision(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        Long pointId,
        Long earlierPointId,
        Decision decision,
        String decidedBy,
        Instant decidedAt,
        @Version @Nullable Integer version) {

    RepeatDecision decided(Decision newDecision, String by, Instant at) {
        return new RepeatDecision(id, adviceId, pointId, earlierPointId, newDecision, by, at, version);
    }
}
