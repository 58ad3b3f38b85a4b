package nl.adviestracker.repeat;

/** What staff made of a hinted repeat. */
public enum Decision {
    /** The point makes the earlier point again: the two belong to one thread. */
    CONFIRMED("bevestigd"),
    /** The points only look alike: the hint is not shown again. */
    DISMISSED("afgewezen");

    private final String dutch;

    Decision(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
