package nl.adviestracker.publication;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** An advice as the public lists show it: only what staff published. */
@Serdeable
public record PublishedAdvice(
        long adviceId,
        long bodyId,
        String bodyName,
        String subject,
        LocalDate receivedOn,
        LocalDate publishedOn,
        Instant publishedAt,
        int pointCount) {}
