package org.conflictkit.annotators.weapon;

import java.util.List;

/**
 * The tokens of one sentence and what the rules ask about it.
 *
 * @param titleCase
 *            true in a heading (a Title Case headline), where capitals say nothing about names.
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
}
