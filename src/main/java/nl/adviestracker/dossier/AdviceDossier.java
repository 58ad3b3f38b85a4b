package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.DueDateExtension;
import nl.adviestracker.advice.Point;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.response.Completeness;
import nl.adviestracker.response.ResponseView;

/**
 * Everything about one advice: its points, the responses to them, the follow-ups and what is still missing.
 *
 * @param dueDateExtensions every extension of the term to answer, oldest first, with its reason
 * @param answersRequestId the advice request (adviesaanvraag) this advice answers, if any
 */
@Serdeable
public record AdviceDossier(
        Advice advice,
        AdvisoryBody body,
        @Nullable String projectGroup,
        boolean overdue,
        List<DueDateExtension> dueDateExtensions,
        @Nullable Long answersRequestId,
        List<Point> points,
        List<ResponseView> responses,
        List<FollowUpView> followUps,
        Completeness completeness) {}
