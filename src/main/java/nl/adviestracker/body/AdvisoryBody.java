package nl.adviestracker.body;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An advisory body (adviesorgaan) such as the ASDG, with the address its reply letters go to, the
 * e-mail address of its secretariat for letters and notifications, and the term the college has to answer its advice.
 */
@Serdeable
@MappedEntity("advisory_body")
public record AdvisoryBody(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        String name,
        String shortName,
        @Nullable String contactName,
        @Nullable String postalAddress,
        @Nullable String contactEmail,
        int responseTermLength,
        ResponseTermUnit responseTermUnit,
        @Version @Nullable Integer version) {}
