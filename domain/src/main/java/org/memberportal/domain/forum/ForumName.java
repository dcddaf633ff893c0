package org.memberportal.domain.forum;

import java.util.Locale;

/**
 * How a person is shown in the forums, which every customer company shares (docs/rules.md, decided):
 * a member by the first word of their name and the initial of the last ("Ada L."; a one-word name
 * whole), never with their company or address; an agent by their first name.
 */
public final class ForumName {

    /** An agent whose name is not known (or is only an address) is "Support". */
    static final String SUPPORT = "Support";

    private ForumName() {
    }

    public static String ofMember(String fullName) {
        String[] words = words(fullName);
        if (words.length == 0) {
            return "Member";
        }
        if (words.length == 1) {
            return words[0];
        }
        String last = words[words.length - 1];
        return words[0] + " " + last.substring(0, last.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".";
    }

    public static String ofAgent(String fullName) {
        String[] words = words(fullName);
        return words.length == 0 || words[0].contains("@") ? SUPPORT : words[0];
    }

    private static String[] words(String fullName) {
        return fullName == null || fullName.isBlank() ? new String[0] : fullName.strip().split("\\s+");
    }
}
