package nl.adviestracker.dossier;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.audit.AuditEvent;

@Controller("/api/advices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class DossierApi {

    private final Dossiers dossiers;

    DossierApi(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** One advice with its points, responses and follow-ups embedded. */
    @Get("/{id}")
    AdviceDossier get(SignedInUser user, long id) {
        return dossiers.of(id, user);
    }

    /** Who changed what in this advice, its points, responses and follow-ups, oldest first. */
    @Get("/{id}/history")
    List<AuditEvent> history(SignedInUser user, long id) {
        return dossiers.history(id, user);
    }
}
