package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A body's choice whether the public pages of its published advices show its verdicts. */
@Serdeable
@MappedEntity("body_verdict_visibility")
record VerdictVisibility(
        @Id Long bodyId,
        boolean verdictsPublic,
        String changedBy,
        @Nullable Instant changedAt,
        @Version @Nullable Integer version) {}
