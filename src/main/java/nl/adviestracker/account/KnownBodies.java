package nl.adviestracker.account;

/**
 * Whether an advisory body exists, as accounts need to know for an ASDG member; the body feature
 * answers it, so accounts do not depend on bodies.
 */
public interface KnownBodies {

    boolean exists(long bodyId);
}
