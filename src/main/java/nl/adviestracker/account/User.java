package nl.adviestracker.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An account of one organisation ({@code organisationId}, set by the database to the organisation at hand
 * when the account is created, and never changed); only the deployment's super-admins belong to none.
 * ASDG members belong to exactly one body ({@code bodyId}) of that organisation; other roles to none.
 * The password is stored as a bcrypt hash only and never leaves the service; an invited account has none
 * until its owner sets one from the invitation mail.
 */
@Serdeable
@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        String username,
        String name,
        String email,
        Role role,
        @GeneratedValue @Nullable Long organisationId,
        @Nullable Long bodyId,
        @JsonIgnore @Nullable String passwordHash,
        boolean active,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {

    /** Whether the account can log in with a password: invited accounts cannot until they set one. */
    public boolean hasPassword() {
        return passwordHash != null;
    }
}
