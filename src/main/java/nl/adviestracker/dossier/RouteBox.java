package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import nl.adviestracker.account.SignedInUser;

/**
 * The reply letter's route as the advice page shows it, station by station. The letter feature draws it
 * ({@link Source}); the dossier only shows it, so that the dossier does not depend on the letter.
 *
 * @param current the station the letter is at, in Dutch
 */
public record RouteBox(long adviceId, String current, List<Station> stations, List<Step> steps) {

    /**
     * One station. {@code passed}: the letter was there and went on; {@code here}: it is there now.
     *
     * @param detail what was recorded there (the decision's number, how it was sent)
     */
    public record Station(
            String key,
            String heading,
            boolean passed,
            boolean here,
            boolean skipped,
            @Nullable String detail) {

        public String state() {
            return here ? "hier" : passed ? "gedaan" : skipped ? "overgeslagen" : "nog niet";
        }
    }

    /** One step taken: from, to, who, when and, for a letter sent back, why. */
    public record Step(
            String from,
            String to,
            String who,
            @Nullable Instant when,
            @Nullable String comment) {}

    /** Draws the route of an advice's letter for this user; nothing for a user who may not see it. */
    public interface Source {
        @Nullable
        RouteBox of(long adviceId, SignedInUser user);
    }
}
