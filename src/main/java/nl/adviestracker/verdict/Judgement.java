package nl.adviestracker.verdict;

/** How satisfied the body is with one response of the college. */
public enum Judgement {
    /** The answer does what the body asked, or explains convincingly why not. */
    SATISFIED("tevreden"),
    /** Part of the answer satisfies the body, part does not. */
    PARTLY("deels tevreden"),
    /** The answer does not satisfy the body. */
    NOT_SATISFIED("niet tevreden");

    private final String dutch;

    Judgement(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
