package nl.adviestracker.intake;

import java.util.Locale;

/** Roman numerals and letter numbering ("a" .. "z", "aa"), as Word and letter writers use them. */
final class Numerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numerals() {}

    static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /** The value of a well-formed upper-case roman numeral, or 0 when it is not one. */
    static int parseRoman(String text) {
        int value = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < text.length(); k++) {
            while (text.startsWith(SYMBOLS[k], i)) {
                value += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        return i == text.length() && roman(value).equals(text) ? value : 0;
    }

    /** Word's letter numbering: 1 = a, 26 = z, 27 = aa, 28 = bb. */
    static String letters(int value, boolean upper) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char c = (char) ('a' + (value - 1) % 26);
        String s = String.valueOf(c).repeat((value - 1) / 26 + 1);
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }
}
