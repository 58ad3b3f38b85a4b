package nl.adviestracker.shared;

/**
 * Why a request is refused, in the words of the domain rather than of HTTP: the use cases throw a
 * {@link ProblemException} with one of these, and the edge ({@code ProblemExceptionHandler}, the pages)
 * turns it into an HTTP status with the same code. The names follow HTTP's so the edge reads plainly.
 */
public enum ProblemStatus {
    /** The input breaks a rule: a field is missing, malformed or not allowed. */
    BAD_REQUEST(400),
    /** Nobody is signed in, or the credentials are wrong. */
    UNAUTHORIZED(401),
    /** The user may see the thing but not do this to it. */
    FORBIDDEN(403),
    /** It does not exist, or the user may not know it does. */
    NOT_FOUND(404),
    /** The thing's state refuses the change: an illegal move, a final letter, a stale version. */
    CONFLICT(409),
    /** It existed but can no longer be used: a link that was used or has expired. */
    GONE(410),
    /** The uploaded document is larger than allowed. */
    REQUEST_ENTITY_TOO_LARGE(413),
    /** The uploaded document is of a kind that cannot be read. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Well-formed, but it cannot be processed (an unreadable scan). */
    UNPROCESSABLE_ENTITY(422),
    /** Too many attempts; try again later. */
    TOO_MANY_REQUESTS(429),
    /** A resource the work needs is busy or down; try again later. */
    SERVICE_UNAVAILABLE(503);

    private final int code;

    ProblemStatus(int code) {
        this.code = code;
    }

    /** The HTTP status code the edge answers with. */
    public int getCode() {
        return code;
    }
}
