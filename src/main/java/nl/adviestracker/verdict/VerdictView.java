package nl.adviestracker.verdict;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One verdict as shown and answered: what the body thought of the response, who recorded it and when. */
@Serdeable
public record VerdictView(
        long id,
        long responseId,
        Judgement judgement,
        String judgementText,
        String explanation,
        boolean conversationWanted,
        String givenBy,
        Instant givenAt) {

    static VerdictView of(Verdict verdict) {
        return new VerdictView(
                verdict.id(),
                verdict.responseId(),
                verdict.judgement(),
                verdict.judgement().dutch(),
                verdict.explanation(),
                verdict.conversationWanted(),
                verdict.givenBy(),
                verdict.givenAt());
    }
}
