package nl.adviestracker.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/** Optimistic locking: a change must name the version it was made on. */
public final class Versions {

    private Versions() {}

    public static void requireCurrent(
            @Nullable Integer sent, @Nullable Integer current, String what, Object currentEntity) {
        if (sent == null) {
            throw ProblemException.invalid("version", "is verplicht bij een wijziging");
        }
        if (!Objects.equals(sent, current)) {
            throw ProblemException.staleVersion(what, currentEntity);
        }
    }
}
