package org.conflictkit.annotators.location;

import java.util.List;
import java.util.Locale;

/**
 * Derives the short form news uses from the official name of a first-level division: "Sumy
 * Oblast" -> "Sumy", "Republic of Dagestan" -> "Dagestan", "Cabo Delgado Province" -> "Cabo
 * Delgado". The designators come from {@code admin1-designators.txt}. Also tells which
 * second-level division names news uses whole ("Rapides Parish", "Fulton County"): those that
 * end in a head of {@code admin2-heads.txt}.
 */
final class AdminNames
{
    private final List<String> prefixes;
    private final List<String> suffixes;
    private final List<String> admin2Heads;

    AdminNames(List<String> prefixes, List<String> suffixes, List<String> admin2Heads)
    {
        this.prefixes = List.copyOf(prefixes);
        this.suffixes = List.copyOf(suffixes);
        this.admin2Heads = List.copyOf(admin2Heads);
    }

    /**
     * Whether a second-level division's name ends in one of its heads: "Rapides Parish"; a head
     * written with a leading hyphen is the end of the name's last word: "-shire" for
     * "Cambridgeshire".
     */
    boolean isWholeAdmin2Name(String name)
    {
        String lower = name.toLowerCase(Locale.ROOT);
        String lastWord = lower.substring(lower.lastIndexOf(' ') + 1);
        for (String head : admin2Heads) {
            if (head.startsWith("-") ? lastWord.endsWith(head.substring(1))
                    && lastWord.length() > head.length() - 1
                    : lower.endsWith(" " + head) && lower.length() > head.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** "Northern Darfur" -> "North Darfur": the form news uses for directional divisions, or null. */
    static String directionalForm(String name)
    {
        for (String direction : List.of("North", "South", "East", "West")) {
            String adjective = direction + "ern";
            if (name.startsWith(adjective + " ") && name.length() > adjective.length() + 1) {
                return direction + name.substring(adjective.length());
            }
        }
        return null;
    }

    /** The name without one leading and one trailing designator; the name itself if none. */
    String shortForm(String name)
    {
        String lower = name.toLowerCase(Locale.ROOT);
        String result = name;
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix + " ") && lower.length() > prefix.length() + 1) {
                result = result.substring(prefix.length() + 1);
                lower = lower.substring(prefix.length() + 1);
                break;
            }
        }
        for (String suffix : suffixes) {
            if (lower.endsWith(" " + suffix) && lower.length() > suffix.length() + 1) {
                result = result.substring(0, result.length() - suffix.length() - 1);
                break;
            }
        }
        return result.trim();
    }
}
