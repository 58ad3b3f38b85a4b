package nl.adviestracker.dossier;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
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
    AdviceDossier get(Authentication authentication, long id) {
        return dossiers.of(id, SignedInUser.of(authentication));
    }

    /** Who changed what in this advice, its points, responses and follow-ups, oldest first. */
    @Get("/{id}/history")
    List<AuditEvent> history(Authentication authentication, long id) {
        return dossiers.history(id, SignedInUser.of(authentication));
    }
}
