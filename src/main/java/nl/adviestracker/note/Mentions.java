package nl.adviestracker.note;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colleagues a note mentions: each {@code @gebruikersnaam} that starts a word. An e-mail address
 * (anna@gemeente.nl) mentions nobody; a full stop or comma after the name ends it. Usernames are compared
 * without regard to case, as logging in does not care either.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}._-]+)");

    private Mentions() {}

    /** The usernames mentioned, lower case, in the order they first appear. */
    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[._-]+$", "");
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
