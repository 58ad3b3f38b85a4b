package nl.adviestracker.publication;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what should not be published in an advice's texts: the names of people the tool knows (its
 * accounts: the body's members and the organisation's staff), e-mail addresses and Dutch phone numbers.
 * A proposal only: staff decide each one.
 */
final class ProposedRedactions {

    /** One thing found, as it is written the first time, and how often it occurs in all texts. */
    record Found(String text, RedactionKind kind, int occurrences) {}

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /**
     * A stretch that could be a phone number: it starts as Dutch numbers do (0, +31, 0031, "(0") and goes
     * on in digits, spaces, hyphens and brackets; {@link #phoneNumber} decides by counting the digits.
     */
    private static final Pattern PHONE_CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\p{N}+])(?:\\+31|0031|\\(0|0)[0-9 \\-()]{7,18}[0-9](?![\\p{L}\\p{N}])");

    private ProposedRedactions() {}

    /**
     * Everything found in these texts, e-mail addresses first, then phone numbers, then names. Names
     * count only when they have at least two words: a single word ("Doel", "Beheer") is too often an
     * ordinary word, and staff can add one by hand.
     */
    static List<Found> in(Collection<String> texts, Collection<String> knownNames) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                add(found, email.group(), RedactionKind.EMAIL);
            }
            Matcher phone = PHONE_CANDIDATE.matcher(text);
            while (phone.find()) {
                String number = phoneNumber(phone.group());
                if (number != null) {
                    add(found, number, RedactionKind.PHONE);
                }
            }
        }
        for (String name : knownNames) {
            if (name == null || name.trim().split("\\s+").length < 2) {
                continue;
            }
            Pattern pattern = wholeWords(name.trim(), 0);
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    add(found, matcher.group(), RedactionKind.NAME);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The kind a text added by hand is: an e-mail address, a phone number, or else a name. */
    static RedactionKind kindOf(String text) {
        String trimmed = text.trim();
        if (EMAIL.matcher(trimmed).matches()) {
            return RedactionKind.EMAIL;
        }
        if (trimmed.equals(phoneNumber(trimmed))) {
            return RedactionKind.PHONE;
        }
        return RedactionKind.NAME;
    }

    /** The text as a pattern that matches it only as whole words. */
    static Pattern wholeWords(String text, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])", flags);
    }

    /**
     * The longest start of the candidate that is a Dutch phone number: ten digits beginning with 0, or
     * +31/0031 followed by nine (an "(0)" in between is allowed); null when there is none.
     */
    static String phoneNumber(String candidate) {
        String stretch = candidate.trim();
        while (!stretch.isEmpty()) {
            if (isPhoneNumber(stretch)) {
                return stretch;
            }
            int cut = Math.max(stretch.lastIndexOf(' '), stretch.lastIndexOf('-'));
            if (cut <= 0) {
                return null;
            }
            stretch = stretch.substring(0, cut).trim();
        }
        return null;
    }

    private static boolean isPhoneNumber(String text) {
        if (!Character.isDigit(text.charAt(text.length() - 1)) || unbalanced(text)) {
            return false;
        }
        String digits = text.replaceAll("\\D", "");
        if (text.startsWith("+31") || text.startsWith("0031")) {
            String national = digits.substring(text.startsWith("+") ? 2 : 4);
            if (national.startsWith("0")) {
                national = national.substring(1);
            }
            return national.length() == 9 && national.charAt(0) != '0';
        }
        return digits.length() == 10 && digits.charAt(0) == '0' && digits.charAt(1) != '0';
    }

    private static boolean unbalanced(String text) {
        return text.chars().filter(c -> c == '(').count()
                != text.chars().filter(c -> c == ')').count();
    }

    private static void add(Map<String, Found> found, String text, RedactionKind kind) {
        found.merge(
                text.toLowerCase(Locale.ROOT),
                new Found(text, kind, 1),
                (before, again) -> new Found(before.text(), before.kind(), before.occurrences() + 1));
    }
}
