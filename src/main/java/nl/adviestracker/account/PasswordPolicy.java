package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password someone chooses for themselves must be, after NIST SP 800-63B: length rather than
 * composition rules, no password that is on a list of common and breached ones, none built from the
 * service's or the user's own name, and at most what bcrypt reads.
 *
 * <ul>
 *   <li>at least {@value #MIN_LENGTH} characters (NIST asks 8 at least, 15 for a password that is the only
 *       factor; 12 is the middle way the Dutch NCSC also names, and members sign in with a password only);
 *   <li>at most {@value Passwords#MAX_BYTES} bytes in UTF-8 (bcrypt reads no more);
 *   <li>not one of the 30,000 most common passwords (the list zxcvbn ships, drawn from leaked password
 *       sets; {@code com.nulab-inc:zxcvbn}, MIT licence), ignoring case, also not with digits or symbols
 *       added before or after one ("password2024!");
 *   <li>not the username, the service's or the municipality's name with a few characters added;
 *   <li>not one character or a short piece repeated ("aaaaaaaaaaaa", "abcabcabcabc").
 * </ul>
 *
 * No rules about capitals, digits or symbols, and any character (spaces too) is allowed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final String LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    /** Words of this service and its users' setting, which guessers try first. */
    private static final List<String> CONTEXT_WORDS =
            List.of("adviestracker", "wachtwoord", "groningen", "gemeente", "asdg", "adviesgroep", "welkom", "geheim");

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Why this password may not be chosen, in Dutch, or empty when it may. */
    public static Optional<String> problem(String password, @Nullable String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("moet minstens " + MIN_LENGTH + " tekens lang zijn; een zin van een paar woorden is"
                    + " makkelijk te onthouden");
        }
        if (!Passwords.fits(password)) {
            return Optional.of("mag hoogstens " + Passwords.MAX_BYTES
                    + " bytes lang zijn (letters met accenten en andere bijzondere tekens tellen voor twee of meer)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("staat op een lijst van veelgebruikte of uitgelekte wachtwoorden; kies een ander");
        }
        String core = core(lower);
        if (username != null && username.length() >= 3 && (core.equals(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of("mag niet uw gebruikersnaam zijn");
        }
        if (CONTEXT_WORDS.contains(core)) {
            return Optional.of("is te makkelijk te raden; kies een ander");
        }
        if (repeats(lower)) {
            return Optional.of("mag niet bestaan uit steeds hetzelfde teken of stukje");
        }
        return Optional.empty();
    }

    /** On the list as it is, or once digits and symbols added before or after are taken off. */
    static boolean isCommon(String lower) {
        return COMMON.contains(lower) || COMMON.contains(core(lower));
    }

    /** The password without the digits, symbols and spaces around its letters: "!!password2024" is "password". */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static boolean repeats(String password) {
        int length = password.length();
        for (int unit = 1; unit <= length / 2; unit++) {
            if (length % unit == 0
                    && password.substring(0, unit).repeat(length / unit).equals(password)) {
                return true;
            }
        }
        return false;
    }

    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("the list of common passwords is missing from the class path: " + LIST);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
