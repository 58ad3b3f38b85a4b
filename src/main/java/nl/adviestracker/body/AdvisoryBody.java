package nl.adviestracker.body;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import nl.adviestracker.shared.ProblemException;

/**
 * An advisory body (adviesorgaan) such as the ASDG, with the address its reply letters go to, the
 * e-mail address of its secretariat for letters and notifications, and the term the college has to answer its advice.
 * A dissolved body (opgeheven) keeps its advice, but takes no new advice, request or member.
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
        @Nullable LocalDate dissolvedOn,
        @Version @Nullable Integer version) {

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    AdvisoryBody dissolve(LocalDate on) {
        if (dissolved()) {
            throw ProblemException.conflict("Dit adviesorgaan is al opgeheven.");
        }
        return withDissolvedOn(on);
    }

    AdvisoryBody reopen() {
        if (!dissolved()) {
            throw ProblemException.conflict("Dit adviesorgaan is niet opgeheven.");
        }
        return withDissolvedOn(null);
    }

    /** Refuses to register something new for a dissolved body, naming the field that chose it. */
    public void requireOpen(String field) {
        if (dissolved()) {
            throw ProblemException.invalid(field, "adviesorgaan " + name + " is opgeheven");
        }
    }

    private AdvisoryBody withDissolvedOn(@Nullable LocalDate on) {
        return new AdvisoryBody(
                id,
                name,
                shortName,
                contactName,
                postalAddress,
                contactEmail,
                responseTermLength,
                responseTermUnit,
                on,
                version);
    }
}
