package nl.adviestracker.search;

/**
 * Turns a snippet from {@code ts_headline} into safe HTML. PostgreSQL marks the matches with two
 * control characters (which the search strips from the text first, so a user cannot forge them);
 * the whole text is escaped, and only then do the markers become {@code <mark>} elements.
 */
final class Snippets {

    /** Where ts_headline starts a match. */
    static final char START = '\u0001';
    /** Where ts_headline ends a match. */
    static final char STOP = '\u0002';

    private Snippets() {}

    static String html(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
