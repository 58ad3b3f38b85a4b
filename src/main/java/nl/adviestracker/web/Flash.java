package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import java.util.Map;

/**
 * The short message a screen shows once after a save: the form's redirect adds {@code ?melding=<code>}
 * and the layout shows the code's Dutch sentence (role=status). Only codes listed here show anything, so
 * the address cannot put words on the page. Pages with a notice of their own (the advice, the letter,
 * a follow-up) keep their own codes.
 */
public final class Flash {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("concept-verwijderd", "Het concept is verwijderd."),
            Map.entry("ingelezen", "Het advies is als concept opgeslagen. Controleer de punten en dien het in."),
            Map.entry("aanvraag-opgeslagen", "De adviesaanvraag is opgeslagen."),
            Map.entry("aanvraag-gewijzigd", "De adviesaanvraag is bijgewerkt."),
            Map.entry(
                    "termijn-verlengd",
                    "De reactietermijn is verlengd. De reden staat in de geschiedenis van de termijn."),
            Map.entry("agenda-ingetrokken", "Uw agendalink is ingetrokken: de oude link werkt niet meer."),
            Map.entry("agenda-geen", "U had geen agendalink; er is niets ingetrokken."));

    private Flash() {}

    /** The message for a code, or null for an unknown one. */
    public static @Nullable String message(@Nullable String code) {
        return code == null ? null : MESSAGES.get(code);
    }

    /** The message the current request asks for with {@code ?melding=}, if any. */
    static @Nullable String ofCurrentRequest() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getParameters().getFirst("melding"))
                .map(Flash::message)
                .orElse(null);
    }

    /** {@code path} with {@code ?melding=code} (before any #fragment). */
    public static String after(String path, String code) {
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "melding=" + code + fragment;
    }
}
