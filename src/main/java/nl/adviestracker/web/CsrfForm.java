package nl.adviestracker.web;

/** A posted form; every one carries the CSRF token of the page that showed it. */
public interface CsrfForm {
    String _csrf();
}
