package nl.adviestracker.body;

/** How a body's response term is counted. Working days skip weekends and Dutch public holidays. */
public enum ResponseTermUnit {
    WEEKS("week", "weken"),
    CALENDAR_DAYS("kalenderdag", "kalenderdagen"),
    WORKING_DAYS("werkdag", "werkdagen");

    private final String one;
    private final String many;

    ResponseTermUnit(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** The unit in Dutch after a number: "1 week", "6 weken". */
    public String dutch(int length) {
        return length == 1 ? one : many;
    }

    /** The unit's name in a list of choices. */
    public String dutch() {
        return many;
    }
}
