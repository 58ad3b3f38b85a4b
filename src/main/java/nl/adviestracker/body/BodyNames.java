package nl.adviestracker.body;

/** A body's name where one is chosen from a list: a dissolved body says so. */
public final class BodyNames {

    private BodyNames() {}

    public static String withState(AdvisoryBody body) {
        return body.dissolved() ? body.name() + " (opgeheven)" : body.name();
    }
}
