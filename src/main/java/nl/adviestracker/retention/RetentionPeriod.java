package nl.adviestracker.retention;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How long one kind of record is kept by one organisation.
 *
 * @param amount null: kept for ever ("blijvend bewaren"), so never on a destruction list
 * @param basis the ground for the period, e.g. the Selectielijst category the archivist confirmed
 * @param isDefault whether this is the service's default (the organisation has not set it)
 */
@io.micronaut.serde.annotation.Serdeable
public record RetentionPeriod(
        RecordKind kind,
        @Nullable Integer amount,
        RetentionUnit unit,
        String basis,
        boolean isDefault,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable Integer version) {

    public boolean permanent() {
        return amount == null;
    }

    /** The first day on which a record whose period started on {@code from} may be destroyed; empty when kept for ever. */
    public Optional<LocalDate> endsAfter(LocalDate from) {
        return amount == null ? Optional.empty() : Optional.of(unit.after(from, amount));
    }

    /** "10 jaar na beantwoording" or "blijvend bewaren". */
    public String dutch() {
        return amount == null ? "blijvend bewaren" : unit.dutch(amount) + " " + kind.countsFrom();
    }

    /** What a destruction record keeps of the period: the period, its ground and whether it was the default. */
    public String asRecorded() {
        return kind.dutch() + ": " + dutch() + " (" + (isDefault ? "standaardtermijn" : "ingesteld door de organisatie")
                + "; " + basis + ")";
    }
}
