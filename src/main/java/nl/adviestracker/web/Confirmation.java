package nl.adviestracker.web;

import java.util.List;

/**
 * The second step of an action that cannot be undone: a page that says what will happen, with one
 * button that posts the same form again with {@code bevestigd=ja}, and a way back. No JavaScript.
 *
 * @param consequences what will happen, one sentence each
 * @param action where the confirming form posts
 * @param fields the values the first form posted, carried along unchanged
 * @param danger whether the button is drawn as a destructive one
 */
public record Confirmation(
        Frame frame,
        String question,
        List<String> consequences,
        String action,
        List<Hidden> fields,
        String confirmLabel,
        String cancelHref,
        String cancelLabel,
        boolean danger) {

    /** The name of the field that says the user saw this page and confirmed. */
    public static final String CONFIRMED = "bevestigd";

    public record Hidden(String name, String value) {}

    public static boolean confirmed(String value) {
        return "ja".equals(value);
    }
}
