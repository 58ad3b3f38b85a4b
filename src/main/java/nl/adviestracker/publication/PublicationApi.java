package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PlausibleDate;
import nl.adviestracker.shared.ProblemException;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicationApi {

    private final Publications publications;
    private final PublicOrganisation chosen;

    PublicationApi(Publications publications, PublicOrganisation chosen) {
        this.publications = publications;
        this.chosen = chosen;
    }

    /** The publication in force: 404 when the advice is not public. */
    @Get("/advices/{id}/publication")
    @Secured(Roles.STAFF)
    Publication get(long id) {
        return publications.inForce(id).orElseThrow(() -> ProblemException.notFound("Een publicatie van advies " + id));
    }

    /** Publishes an answered advice; {@code publishedOn} defaults to today. */
    @Status(HttpStatus.CREATED)
    @Post("/advices/{id}/publication")
    @Secured(Roles.STAFF)
    HttpResponse<Publication> publish(long id, @Nullable @Body PublishRequest request) {
        return HttpResponse.created(publications.publish(id, request == null ? null : request.publishedOn()));
    }

    @Delete("/advices/{id}/publication")
    @Secured(Roles.STAFF)
    Publication withdraw(long id) {
        return publications.withdraw(id);
    }

    /**
     * What the public may see: published advices, newest first, for everyone without login, of the
     * organisation {@code organisatie} names (its slug or id; the default organisation without it).
     */
    @Get("/public/advices")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PageOf<PublishedAdvice> published(
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String organisatie) {
        PageRequest wanted = PageRequest.of(page, size);
        return chosen.within(chosen.choose(organisatie), () -> publications.published(bodyId, wanted));
    }

    @Serdeable
    record PublishRequest(@PlausibleDate @Nullable LocalDate publishedOn) {}
}
