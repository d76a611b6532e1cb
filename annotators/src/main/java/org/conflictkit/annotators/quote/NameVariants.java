package org.conflictkit.annotators.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two written names of people are spellings of one name: transliterations
 * ("Zelenskiy", "Zelensky", "Zelenskyy"; "Shoigu", "Shoygu") and a name with or without its
 * given names ("Volodymyr Zelenskyy", "Zelensky"). Not a list of names: both surnames are reduced
 * to a spelling key (accents, doubled letters, the common transliteration pairs and the endings
 * -iy/-yy/-y made one), and keys of {@value #MIN_SUBSTITUTION_LENGTH} letters or more may differ
 * in one letter for another (not an added letter: "Petrov" and "Petrova" are two people). Given
 * names, where both names have them, must agree the same way or as an initial ("V.").
 */
final class NameVariants
{
    /** The shortest key that may differ from another in one letter. */
    static final int MIN_SUBSTITUTION_LENGTH = 6;

    private NameVariants()
    {
    }

    /** A written name with the spelling keys of its surname and first given name. */
    private record Name(String text, int words, String surname, String given)
    {
        static Name of(String text)
        {
            String[] words = NameVariants.words(text);
            return new Name(text, words.length,
                    words.length == 0 ? "" : key(words[words.length - 1]),
                    words.length < 2 ? null : key(words[0]));
        }

        /** Names that may be one another's spellings share a bucket: surname length, letter. */
        String bucket()
        {
            return surname.isEmpty() ? "" : surname.length() + ":" + surname.charAt(0);
        }
    }

    /** Whether two names of people written in a document name the same person. */
    static boolean sameName(String a, String b)
    {
        return sameName(Name.of(a), Name.of(b));
    }

    private static boolean sameName(Name a, Name b)
    {
        if (a.surname().isEmpty() || !sameKey(a.surname(), b.surname())) {
            return false;
        }
        if (a.given() == null || b.given() == null) {
            return true;
        }
        boolean initial = (a.given().length() == 1 || b.given().length() == 1)
                && !a.given().isEmpty() && !b.given().isEmpty()
                && a.given().charAt(0) == b.given().charAt(0);
        return initial || !a.given().isEmpty() && sameKey(a.given(), b.given());
    }

    /** Whether a name has more words than another. */
    static boolean fuller(String a, String b)
    {
        return words(a).length > words(b).length;
    }

    /**
     * The one name each of the names of a document (in text order) stands for: the fullest of its
     * spellings, the first written of that length. Only names whose surname keys have the same
     * length and first letter are compared, so a long document costs about as many comparisons
     * as it has spellings of each name.
     */
    static Map<String, String> canonical(List<String> namesInTextOrder)
    {
        Map<String, List<Name>> buckets = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String text : namesInTextOrder) {
            if (seen.add(text)) {
                Name name = Name.of(text);
                buckets.computeIfAbsent(name.bucket(), b -> new ArrayList<>()).add(name);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (List<Name> bucket : buckets.values()) {
            for (Name name : bucket) {
                Name best = null;
                for (Name other : bucket) {
                    if ((best == null || other.words() > best.words()) && sameName(other, name)) {
                        best = other;
                    }
                }
                canonical.put(name.text(), best == null ? name.text() : best.text());
            }
        }
        return canonical;
    }

    private static String[] words(String name)
    {
        String trimmed = name.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    private static boolean sameKey(String keyA, String keyB)
    {
        if (keyA.equals(keyB)) {
            return !keyA.isEmpty();
        }
        if (keyA.length() != keyB.length() || keyA.length() < MIN_SUBSTITUTION_LENGTH
                || keyA.charAt(0) != keyB.charAt(0)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < keyA.length(); i++) {
            differences += keyA.charAt(i) == keyB.charAt(i) ? 0 : 1;
        }
        return differences <= 1;
    }

    /**
     * The spelling key of a word: lower case, letters only, accents dropped, kh/ph/w/j/q/ck
     * written h/f/v/y/k/k, doubled letters single, and a final -iy, -yi, -ij, -ii or -i written
     * -y.
     */
    static String key(String word)
    {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String mapped = plain.replace("kh", "h").replace("ph", "f").replace("ck", "k")
                .replace('w', 'v').replace('j', 'y').replace('q', 'k');
        StringBuilder single = new StringBuilder();
        for (char c : mapped.toCharArray()) {
            if (single.length() == 0 || single.charAt(single.length() - 1) != c) {
                single.append(c);
            }
        }
        String key = single.toString();
        return key.matches(".*[a-z]{3}(iy|yi|ii|i)$") ? key.replaceAll("(iy|yi|ii|i)$", "y")
                : key;
    }
}
