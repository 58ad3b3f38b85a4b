package nl.adviestracker.account;

import io.micronaut.http.HttpStatus;

/** A link to set a password that cannot be used: forged or unknown, used already, or expired. */
public class LinkUnusable extends RuntimeException {

    private final HttpStatus status;

    private LinkUnusable(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static LinkUnusable unknown() {
        return new LinkUnusable(
                HttpStatus.NOT_FOUND,
                "Deze link is ongeldig. Gebruik de hele link uit de e-mail, of vraag hieronder een nieuwe aan.");
    }

    static LinkUnusable used() {
        return new LinkUnusable(
                HttpStatus.GONE,
                "Deze link is al gebruikt. Een link werkt één keer; vraag hieronder een nieuwe aan als dat nodig is.");
    }

    static LinkUnusable expired() {
        return new LinkUnusable(
                HttpStatus.GONE,
                "Deze link is verlopen of vervangen door een nieuwere. Vraag hieronder een nieuwe aan, of vraag de beheerder om een"
                        + " nieuwe uitnodiging.");
    }

    public HttpStatus status() {
        return status;
    }
}
