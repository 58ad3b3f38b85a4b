package nl.adviestracker.letter;

import java.util.List;

/** Where a reply letter stands on its route, in the order it passes them. */
public enum LetterStation {
    /** Staff write the responses and the letter's texts. */
    DRAFT("concept", "Concept"),
    /** A second official, who wrote no part of it, checked it. */
    CHECKED("gecontroleerd", "Gecontroleerd"),
    /** A manager approved it: its text is fixed, its responses frozen, its PDF kept byte for byte. */
    FINAL("definitief", "Definitief"),
    /** The college (B&amp;W) decided on it, or a mandate holder did. */
    DECIDED("besloten", "Besluit college"),
    /** It went to the body (when and how recorded); the advice is answered. */
    SENT("verzonden", "Verzonden");

    private final String dutch;
    private final String heading;

    LetterStation(String dutch, String heading) {
        this.dutch = dutch;
        this.heading = heading;
    }

    public String dutch() {
        return dutch;
    }

    /** The station's name on the route as the advice page shows it. */
    public String heading() {
        return heading;
    }

    /** Final and after: the letter's text does not change any more. */
    public boolean textIsFixed() {
        return this == FINAL || this == DECIDED || this == SENT;
    }

    public static List<LetterStation> inOrder() {
        return List.of(values());
    }
}
