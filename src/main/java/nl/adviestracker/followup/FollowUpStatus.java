package nl.adviestracker.followup;

import java.util.Set;

/** Where a commitment (toezegging) stands. */
public enum FollowUpStatus {
    /** Promised, nobody has started. */
    OPEN("open"),
    /** Someone is working on it. */
    IN_PROGRESS("in uitvoering"),
    /** Delivered; final. */
    DONE("afgerond"),
    /** Will not be done, for a stated reason; final. */
    DROPPED("vervallen");

    private final String dutch;

    FollowUpStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public boolean canMoveTo(FollowUpStatus next) {
        return allowedNext().contains(next);
    }

    public Set<FollowUpStatus> allowedNext() {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS, DONE, DROPPED);
            case IN_PROGRESS -> Set.of(OPEN, DONE, DROPPED);
            case DONE, DROPPED -> Set.of();
        };
    }
}
