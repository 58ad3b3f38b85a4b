package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Management figures per group, and for all advices together ({@code total}). */
@Serdeable
public record Report(
        GroupBy groupBy, LocalDate today, @Nullable Integer year, List<ReportRow> rows, ReportRow total) {}
