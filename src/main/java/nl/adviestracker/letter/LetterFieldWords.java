package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.function.Function;
import nl.adviestracker.dossier.FieldWords;

/** The letter route's values in Dutch, for the history: how a letter was sent, its stations, the decision. */
@Singleton
class LetterFieldWords implements FieldWords {

    @Override
    public @Nullable String dutch(String field, String value) {
        return switch (field) {
            case "sentMeans" -> named(SendingMeans.class, value, SendingMeans::dutch);
            case "station", "from", "to" -> named(LetterStation.class, value, LetterStation::dutch);
            case "decisionKind" -> named(DecisionKind.class, value, DecisionKind::dutch);
            default -> null;
        };
    }

    private static <E extends Enum<E>> @Nullable String named(Class<E> type, String name, Function<E, String> dutch) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return dutch.apply(constant);
            }
        }
        return null;
    }
}
