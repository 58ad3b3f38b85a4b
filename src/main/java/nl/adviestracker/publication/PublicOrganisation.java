package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import nl.adviestracker.organisation.Organisation;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * Whose public pages a request shows: the organisation named by {@code ?organisatie=} (its slug or id),
 * else the signed-in user's own, else the default (first) organisation. Every link on the public pages
 * carries the choice, so a visitor stays with the organisation they came for.
 */
@Singleton
class PublicOrganisation {

    private final Organisations organisations;

    PublicOrganisation(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The chosen organisation; an unknown one answers 404. */
    Organisation choose(@Nullable String key) {
        if (key == null || key.isBlank()) {
            long id = OrganisationContext.current().orElse(OrganisationContext.DEFAULT_ORGANISATION);
            return organisations.find(id).orElseThrow(() -> ProblemException.notFound("Organisatie " + id));
        }
        return organisations
                .findBySlugOrId(key.strip())
                .orElseThrow(() -> ProblemException.notFound("Organisatie " + key.strip()));
    }

    /** Runs {@code work} with the database set to the chosen organisation. */
    <T> T within(Organisation organisation, Supplier<T> work) {
        return OrganisationContext.within(organisation.id(), work);
    }
}
