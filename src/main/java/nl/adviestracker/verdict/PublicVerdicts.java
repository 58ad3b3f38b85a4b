package nl.adviestracker.verdict;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.Bodies;

/**
 * The body decides whether the public sees its verdicts: off until a member of the body turns it on.
 * Staff can read the setting but not change it.
 */
@Singleton
public class PublicVerdicts {

    private final VerdictVisibilityRepository settings;
    private final Bodies bodies;
    private final AuditLog audit;
    private final Clock clock;
    private final Verdicts verdicts;

    PublicVerdicts(
            VerdictVisibilityRepository settings, Bodies bodies, AuditLog audit, Clock clock, Verdicts verdicts) {
        this.verdicts = verdicts;
        this.settings = settings;
        this.bodies = bodies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the public pages show this body's verdicts. */
    @Transactional(readOnly = true)
    public boolean shown(long bodyId) {
        return settings.findById(bodyId).map(VerdictVisibility::verdictsPublic).orElse(false);
    }

    /**
     * The current verdict per response of a published advice, when its body chose to show them; empty
     * otherwise. The caller has checked that the advice is published.
     */
    @Transactional(readOnly = true)
    public Map<Long, VerdictView> ofPublished(Advice advice) {
        if (!shown(advice.bodyId())) {
            return Map.of();
        }
        Map<Long, VerdictView> current = new HashMap<>();
        for (ResponseVerdicts response : verdicts.collect(advice)) {
            if (response.current() != null) {
                current.put(response.responseId(), response.current());
            }
        }
        return current;
    }

    /** The setting, for members of the body and for staff; 404 for anyone else, as the body were unknown. */
    @Transactional(readOnly = true)
    public VerdictSetting get(SignedInUser user, long bodyId) {
        bodies.get(bodyId);
        if (!user.isStaff() && !user.isAsdgMemberOf(bodyId)) {
            throw nl.adviestracker.advice.AdviceAccess.forbidden("Alleen de adviesraad zelf en het college zien dit.");
        }
        return new VerdictSetting(shown(bodyId));
    }

    @Transactional
    public VerdictSetting choose(SignedInUser user, long bodyId, boolean verdictsPublic) {
        bodies.get(bodyId);
        if (!user.isAsdgMemberOf(bodyId)) {
            throw nl.adviestracker.advice.AdviceAccess.forbidden(
                    "Alleen leden van de adviesraad kiezen of hun oordelen openbaar zijn.");
        }
        VerdictVisibility before = settings.findById(bodyId).orElse(null);
        VerdictVisibility after;
        if (before == null) {
            after = settings.save(
                    new VerdictVisibility(bodyId, verdictsPublic, user.username(), Instant.now(clock), null));
            audit.created("body_verdict_visibility", bodyId, null, new VerdictSetting(verdictsPublic));
        } else {
            after = settings.update(new VerdictVisibility(
                    bodyId, verdictsPublic, user.username(), Instant.now(clock), before.version()));
            audit.updated(
                    "body_verdict_visibility",
                    bodyId,
                    null,
                    new VerdictSetting(before.verdictsPublic()),
                    new VerdictSetting(after.verdictsPublic()));
        }
        return new VerdictSetting(after.verdictsPublic());
    }
}
