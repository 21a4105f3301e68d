package org.repsportal.platform;

/**
 * The one rule for text that reaches the portal from outside: NUL and the other control characters are
 * stripped (tab, line feed and carriage return stay), wherever the text comes from — form fields, query
 * parameters or JSON strings. PostgreSQL refuses NUL in text, and no field means any of them.
 */
final class CleanText {

    private CleanText() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && allowed(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        var clean = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowed(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) || c == '\t' || c == '\n' || c == '\r';
    }
}
