package nl.adviestracker.intake;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTML-to-text reduction for HTML-only mails: block ends become blank lines, list items bullets. */
final class HtmlText {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "euml", "ë", "eacute", "é",
            "iuml", "ï");

    private HtmlText() {}

    static String toText(String html) {
        String s = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li[^>]*>", "\n- ")
                .replaceAll("(?i)</(p|div|h[1-6]|li|tr|ul|ol|table)>", "\n\n")
                .replaceAll("(?s)<[^>]+>", "");
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = NAMED.getOrDefault(e.toLowerCase(), m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }
}
