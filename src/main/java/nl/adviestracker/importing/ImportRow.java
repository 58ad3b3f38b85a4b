package nl.adviestracker.importing;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * One row of the file: its number as the spreadsheet shows it (the header is row 1) and its values by
 * column, stripped; a blank cell or an absent column is null.
 */
public record ImportRow(int number, Map<ImportColumn, String> values) {

    public @Nullable String get(ImportColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean has(ImportColumn column) {
        return get(column) != null;
    }
}
