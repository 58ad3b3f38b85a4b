package nl.adviestracker.advice;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.shared.PlausibleDate;

/**
 * An advice as a client sends it to create or change one.
 *
 * @param responseDueOn when absent, computed from the body's response term
 * @param status on creation: DRAFT (the body is still writing) or RECEIVED (the default); ignored on update
 * @param points on creation only; points of an existing advice have their own endpoints
 * @param version required on update: the version the client last read
 * @param letterDatedOn the date of the body's letter; when absent, the date in force, else receivedOn
 */
@Serdeable
public record AdviceInput(
        @NotNull(message = "is verplicht") Long bodyId,
        @Nullable Long projectGroupId,

        @NotBlank(message = "is verplicht") @Size(max = 300, message = "mag hoogstens {max} tekens bevatten")
        String subject,

        @NotNull(message = "is verplicht") AdviceKind kind,
        @PlausibleDate @NotNull(message = "is verplicht") LocalDate receivedOn,

        @Nullable @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
        String theirReference,

        @Nullable @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
        String ourReference,

        @Nullable @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
        String theme,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String department,

        @Nullable @Size(max = 200, message = "mag hoogstens {max} tekens bevatten")
        String portfolioHolder,

        @PlausibleDate @Nullable LocalDate responseDueOn,
        @Nullable Long supplementsAdviceId,

        @Nullable @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String introduction,

        @Nullable @Size(max = 20000, message = "mag hoogstens {max} tekens bevatten")
        String conclusion,

        @Nullable AdviceStatus status,

        @Nullable @Size(max = 500, message = "mag hoogstens {max} punten bevatten")
        List<@Valid @NotNull(message = "is verplicht") PointInput> points,

        @Nullable Integer version,
        @PlausibleDate @Nullable LocalDate letterDatedOn) {

    @Creator
    public AdviceInput {}

    /** An advice whose letter is dated the day it was received (or keeps the date it has). */
    public AdviceInput(
            Long bodyId,
            Long projectGroupId,
            String subject,
            AdviceKind kind,
            LocalDate receivedOn,
            String theirReference,
            String ourReference,
            String theme,
            String department,
            String portfolioHolder,
            LocalDate responseDueOn,
            Long supplementsAdviceId,
            String introduction,
            String conclusion,
            AdviceStatus status,
            List<PointInput> points,
            Integer version) {
        this(
                bodyId,
                projectGroupId,
                subject,
                kind,
                receivedOn,
                theirReference,
                ourReference,
                theme,
                department,
                portfolioHolder,
                responseDueOn,
                supplementsAdviceId,
                introduction,
                conclusion,
                status,
                points,
                version,
                null);
    }
}
