package nl.adviestracker.account;

import nl.adviestracker.shared.ProblemStatus;

/** A link to set a password that cannot be used: forged or unknown, used already, or expired. */
public class LinkUnusable extends RuntimeException {

    private final ProblemStatus status;

    private LinkUnusable(ProblemStatus status, String message) {
        super(message);
        this.status = status;
    }

    static LinkUnusable unknown() {
        return new LinkUnusable(
                ProblemStatus.NOT_FOUND,
                "Deze link is ongeldig. Gebruik de hele link uit de e-mail, of vraag hieronder een nieuwe aan.");
    }

    static LinkUnusable used() {
        return new LinkUnusable(
                ProblemStatus.GONE,
                "Deze link is al gebruikt. Een link werkt één keer; vraag hieronder een nieuwe aan als dat nodig is.");
    }

    static LinkUnusable expired() {
        return new LinkUnusable(
                ProblemStatus.GONE,
                "Deze link is verlopen of vervangen door een nieuwere. Vraag hieronder een nieuwe aan, of vraag de beheerder om een"
                        + " nieuwe uitnodiging.");
    }

    public ProblemStatus status() {
        return status;
    }
}
