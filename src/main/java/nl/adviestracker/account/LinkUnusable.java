package nl.adviestracker.account;

/**
 * A link to set a password that cannot be used: forged or unknown (answered as 404), used already, or expired
 * (410, gone). The use case names the code; the page turns it into HTTP.
 */
public class LinkUnusable extends RuntimeException {

    private final int code;

    private LinkUnusable(int code, String message) {
        super(message);
        this.code = code;
    }

    static LinkUnusable unknown() {
        return new LinkUnusable(
                404, "Deze link is ongeldig. Gebruik de hele link uit de e-mail, of vraag hieronder een nieuwe aan.");
    }

    static LinkUnusable used() {
        return new LinkUnusable(
                410,
                "Deze link is al gebruikt. Een link werkt één keer; vraag hieronder een nieuwe aan als dat nodig is.");
    }

    static LinkUnusable expired() {
        return new LinkUnusable(
                410,
                "Deze link is verlopen of vervangen door een nieuwere. Vraag hieronder een nieuwe aan, of vraag de beheerder om een"
                        + " nieuwe uitnodiging.");
    }

    /** The HTTP status code the page answers with: 404 unknown, 410 used or expired. */
    public int code() {
        return code;
    }
}
