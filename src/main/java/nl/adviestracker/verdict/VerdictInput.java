package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member's verdict on a response, for the body.
 *
 * @param replaces the id of the current verdict this one revises; null (or absent) for the first. A
 *     revision naming a verdict that is no longer current is refused (409), so no one overwrites a
 *     verdict they have not seen.
 */
@Serdeable
public record VerdictInput(
        @NotNull Judgement judgement,
        @NotBlank @Size(max = 2000) String explanation,
        @Nullable Boolean conversationWanted,
        @Nullable Long replaces) {

    boolean wantsConversation() {
        return Boolean.TRUE.equals(conversationWanted);
    }
}
