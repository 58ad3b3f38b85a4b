package nl.adviestracker.body;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A project group (projectgroep) inside a body, which writes the advice on one subject. */
@Serdeable
@MappedEntity("project_group")
public record ProjectGroup(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long bodyId,
        String name) {}
