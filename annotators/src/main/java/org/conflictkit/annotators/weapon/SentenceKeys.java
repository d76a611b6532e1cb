package org.conflictkit.annotators.weapon;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.conflictkit.annotators.text.TokenView;

/**
 * The weapon lexicon keys of one sentence of a {@link TokenView}. Hyphens inside compounds
 * ("car-bomb") have no key, so "car-bomb" and "car bomb" read alike; the rules count positions
 * in the keys, and {@link #token(int)} is the view's token at a position.
 *
 * @param view
 *            the document's tokens.
 * @param tokens
 *            the view's token at each position.
 * @param keys
 *            the key at each position ({@link WeaponLexicon#key(String)}).
 * @param heading
 *            true in a heading (a Title Case headline), where capitals say nothing about names.
 * @param capitals
 *            true when the sentence is written in capitals (wire text, a shouted headline): no
 *            word is known to start with a capital or a small letter, so the rules read it as
 *            they read text in small letters.
 */
record SentenceKeys(TokenView view, int[] tokens, List<String> keys, boolean heading,
        boolean capitals)
{

    /** The keys of sentence {@code s} of the view. */
    static SentenceKeys of(TokenView view, int s)
    {
        int first = view.sentenceStart(s);
        int end = view.sentenceEnd(s);
        List<int[]> spans = new ArrayList<>(end - first);
        for (int t = first; t < end; t++) {
            spans.add(new int[] { view.begin(t), view.end(t) });
        }
        int[] tokens = new int[end - first];
        List<String> keys = new ArrayList<>(end - first);
        for (int i = 0; i < spans.size(); i++) {
            if (!WeaponLexicon.isGluedHyphen(view.documentText(), spans, i)) {
                tokens[keys.size()] = first + i;
                keys.add(WeaponLexicon.key(view.text(first + i)));
            }
        }
        return new SentenceKeys(view, Arrays.copyOf(tokens, keys.size()), keys,
                view.sentenceInHeading(s), view.sentenceInCapitals(s));
    }

    /** The key at position {@code i}, or "" outside the sentence. */
    String key(int i)
    {
        return i >= 0 && i < tokens.length ? keys.get(i) : "";
    }

    /** The view's token at position {@code i}. */
    int token(int i)
    {
        return tokens[i];
    }

    /** The text of the token at position {@code i}. */
    String text(int i)
    {
        return view.text(tokens[i]);
    }

    /**
     * True when position {@code i} is in the sentence and its token starts with a capital, in a
     * sentence not written in capitals.
     */
    boolean capitalised(int i)
    {
        return !capitals && i >= 0 && i < tokens.length && view.isCapitalised(tokens[i]);
    }

    /**
     * True when the token at position {@code i} starts with a small letter, or, in a sentence
     * written in capitals, is a word.
     */
    boolean lowerCase(int i)
    {
        return i >= 0 && i < tokens.length && (capitals ? view.hasLetter(tokens[i])
                : view.startsLowerCase(tokens[i]));
    }

    /** The texts at the positions, for the number parser. */
    List<String> texts()
    {
        return new AbstractList<>()
        {
            @Override
            public String get(int i)
            {
                return text(i);
            }

            @Override
            public int size()
            {
                return tokens.length;
            }
        };
    }

    int size()
    {
        return tokens.length;
    }
}
