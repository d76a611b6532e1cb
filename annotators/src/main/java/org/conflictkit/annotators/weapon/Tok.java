package org.conflictkit.annotators.weapon;

/**
 * A token as the weapon rules see it: offsets, text and lexicon key. Hyphens inside compounds
 * ("car-bomb") are left out of the sequence, so "car-bomb" and "car bomb" read alike.
 */
record Tok(int begin, int end, String text, String key)
{
    boolean is(String word)
    {
        return key.equals(word);
    }

    boolean capitalised()
    {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean lowerWord()
    {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}
