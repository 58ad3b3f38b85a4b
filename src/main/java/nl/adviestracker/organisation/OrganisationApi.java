package nl.adviestracker.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.ProblemException;

/**
 * The organisation's own settings (its admin) and the deployment's organisations (the super-admin, who
 * sees no organisation's data, only the organisations themselves).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationApi {

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The signed-in admin's organisation with its letterhead settings. */
    @Get("/organisation")
    @Secured(Roles.ADMIN)
    Organisation mine() {
        return organisations.current().orElseThrow(() -> ProblemException.notFound("Organisatie"));
    }

    @Put("/organisation")
    @Secured(Roles.ADMIN)
    Organisation update(@Valid @Body OrganisationInput input) {
        return organisations.update(input);
    }

    @Get("/organisations")
    @Secured(Roles.SUPERADMIN)
    List<Organisation> list() {
        return organisations.list();
    }

    /** A new organisation with its first admin, who then sets up its bodies, users and letterhead. */
    @Post("/organisations")
    @Secured(Roles.SUPERADMIN)
    HttpResponse<Organisations.Created> create(@Valid @Body NewOrganisation input) {
        Organisations.Created created = organisations.create(input);
        return HttpResponse.created(
                created,
                URI.create("/api/organisations/" + created.organisation().id()));
    }
}
