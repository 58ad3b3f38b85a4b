package nl.adviestracker.retention;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the destruction list: what may be destroyed, why (the period that ran out last) and
 * since when; with the manager's approval once given.
 *
 * @param key what identifies it within its kind: an advice's id, or a month ("2023-04") for the logs
 * @param reference a reference without content: "advies 12, ons kenmerk DMO-2024-7"
 */
public record DestructionItem(
        RecordKind kind,
        String key,
        String reference,
        String why,
        String period,
        LocalDate eligibleSince,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    public boolean approved() {
        return approvedBy != null;
    }

    DestructionItem approvedBy(String by, Instant at) {
        return new DestructionItem(kind, key, reference, why, period, eligibleSince, by, at);
    }
}
