package org.conflictkit.annotators.weapon;

import java.util.List;

/**
 * The tokens of one sentence and what the rules ask about it.
 *
 * @param titleCase
 *            true for a headline in Title Case, where capitals say nothing about names.
 */
record SentenceView(List<Tok> toks, List<String> keys, List<String> texts, boolean titleCase)
{
    /** The key of token {@code i}, or "" outside the sentence. */
    String key(int i)
    {
        return i >= 0 && i < toks.size() ? keys.get(i) : "";
    }

    Tok tok(int i)
    {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    int size()
    {
        return toks.size();
    }

    /** Title Case: nearly all longer words after the first start with a capital. */
    static boolean isTitleCase(List<Tok> toks)
    {
        int words = 0;
        int capitals = 0;
        for (int i = 1; i < toks.size(); i++) {
            Tok tok = toks.get(i);
            if (tok.text().length() >= 4 && Character.isLetter(tok.text().codePointAt(0))) {
                words++;
                capitals += tok.capitalised() ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 10 >= words * 9;
    }
}
