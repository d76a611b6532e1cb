package org.conflictkit.annotators.text;

import java.util.Locale;

/** The regular English plural, for lexicon entries written in the singular. */
public final class EnglishPlural
{
    private EnglishPlural()
    {
    }

    /**
     * The regular plural of a word, keeping its case: "counties", "parishes"; digits take a
     * plain "s" ("Su-34s").
     */
    public static String of(String word)
    {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(x|z|ch|sh)")) {
            return word + "es";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
