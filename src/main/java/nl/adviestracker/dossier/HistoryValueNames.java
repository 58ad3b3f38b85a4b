package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import nl.adviestracker.audit.ValueNames;

/** The organisation's history page reads values as the dossier's history does ({@link HistorySentences}). */
@Singleton
class HistoryValueNames implements ValueNames {

    private final FieldWords otherWords;

    HistoryValueNames(List<FieldWords> otherWords) {
        this.otherWords = FieldWords.of(otherWords);
    }

    @Override
    public String dutch(String field, @Nullable Object value) {
        return HistorySentences.dutchValue(field, value, otherWords);
    }
}
