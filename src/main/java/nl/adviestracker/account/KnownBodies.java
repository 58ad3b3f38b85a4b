package nl.adviestracker.account;

import java.util.List;

/**
 * The advisory bodies, as accounts need to know them for an ASDG member; the body feature answers it,
 * so accounts do not depend on bodies.
 */
public interface KnownBodies {

    boolean exists(long bodyId);

    boolean dissolved(long bodyId);

    /** The organisation's bodies by name, for choosing a member's body; a dissolved one says so in its name. */
    List<Choice> choices();

    record Choice(long id, String name) {}
}
