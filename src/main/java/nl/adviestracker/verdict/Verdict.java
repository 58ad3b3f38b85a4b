package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The body's verdict on one response, in its own words. Never changed: a revision is a new verdict that
 * names the one it replaces.
 *
 * @param conversationWanted the body asks the college for a follow-up conversation about this answer
 * @param replacesId the verdict this one revises; null for the first verdict on the response
 */
@Serdeable
@MappedEntity("response_verdict")
public record Verdict(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        Long responseId,
        Judgement judgement,
        String explanation,
        boolean conversationWanted,
        @Nullable Long replacesId,
        String givenBy,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant givenAt) {}
