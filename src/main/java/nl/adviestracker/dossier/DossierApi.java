package nl.adviestracker.dossier;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import nl.adviestracker.audit.AuditEvent;
import nl.adviestracker.audit.AuditTrail;
import nl.adviestracker.advice.AdviceRegister;

@Controller("/api/advices")
@ExecuteOn(TaskExecutors.BLOCKING)
class DossierApi {

    private final Dossiers dossiers;
    private final AdviceRegister advices;
    private final AuditTrail auditTrail;

    DossierApi(Dossiers dossiers, AdviceRegister advices, AuditTrail auditTrail) {
        this.dossiers = dossiers;
        this.advices = advices;
        this.auditTrail = auditTrail;
    }

    /** One advice with its points, responses and follow-ups embedded. */
    @Get("/{id}")
    AdviceDossier get(long id) {
        return dossiers.of(id);
    }

    /** Who changed what in this advice, its points, responses and follow-ups, oldest first. */
    @Get("/{id}/history")
    List<AuditEvent> history(long id) {
        advices.get(id);
        return auditTrail.ofAdvice(id);
    }
}
