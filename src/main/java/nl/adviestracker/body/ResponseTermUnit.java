package nl.adviestracker.body;

/** How a body's response term is counted. Working days skip weekends and Dutch public holidays. */
public enum ResponseTermUnit {
    WEEKS,
    CALENDAR_DAYS,
    WORKING_DAYS
}
