package org.conflictkit.annotators.casualty;

import java.util.List;

import org.conflictkit.annotators.casualty.CasualtyLexicon.Kind;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.text.TokenView;

/**
 * One sentence of a {@link TokenView}, its tokens numbered from 0, with the casualty lexicon's
 * lookups on them. Outside the sentence a token reads as "" and has no letter or digit.
 */
final class SentenceLookups
{
    private static final List<Kind> STATUS_WORDS = List.of(Kind.VERB, Kind.INTRANSITIVE,
            Kind.ADJECTIVE);

    /** A status word or phrase found in the sentence. */
    record StatusWord(int start, int end, String status, Kind kind)
    {
    }

    /** The tokens as written. */
    final List<String> words;
    final CasualtyLexicon lexicon;
    private final TokenView view;
    /** The view's number of the sentence's first token. */
    private final int first;
    private final List<String> lower;

    SentenceLookups(TokenView view, int sentence, CasualtyLexicon lexicon)
    {
        this.view = view;
        this.first = view.sentenceStart(sentence);
        this.lexicon = lexicon;
        int end = view.sentenceEnd(sentence);
        this.words = view.texts().subList(first, end);
        this.lower = view.lowers().subList(first, end);
    }

    int size()
    {
        return words.size();
    }

    /** The lower-cased token at {@code i}, or "" outside the sentence. */
    String lower(int i)
    {
        return i >= 0 && i < lower.size() ? view.lower(first + i) : "";
    }

    /** The character offset where token {@code i} begins. */
    int begin(int i)
    {
        return view.begin(first + i);
    }

    /** The character offset where token {@code i} ends. */
    int end(int i)
    {
        return view.end(first + i);
    }

    /** True when tokens {@code i} and {@code i + 1} touch, without space between them. */
    boolean joined(int i)
    {
        return i >= 0 && i + 1 < size() && view.gluedRight(first + i);
    }

    TokenTrie.Match<String> match(Kind kind, int start)
    {
        return start >= 0 && start < size() ? lexicon.match(kind, lower, start) : null;
    }

    /** The length of the entry of {@code kind} starting at {@code start}, 0 when none. */
    int length(Kind kind, int start)
    {
        TokenTrie.Match<String> match = match(kind, start);
        return match == null ? 0 : match.length();
    }

    /** The start of the longest entry of {@code kind} that ends at token {@code last}, or -1. */
    int startOfEntryEndingAt(Kind kind, int last)
    {
        for (int start = Math.max(0, last - 5); start <= last; start++) {
            if (lexicon.get(kind, lower.subList(start, last + 1)) != null) {
                return start;
            }
        }
        return -1;
    }

    String valueOfEntry(Kind kind, int start, int last)
    {
        return lexicon.get(kind, lower.subList(start, last + 1));
    }

    /** The longest verb, intransitive verb or adjective of status starting at {@code i}. */
    StatusWord statusWordAt(int i)
    {
        StatusWord best = null;
        for (Kind kind : STATUS_WORDS) {
            TokenTrie.Match<String> match = match(kind, i);
            if (match != null && (best == null || match.length() > best.end() - best.start())) {
                best = new StatusWord(i, i + match.length(), match.value(), kind);
            }
        }
        return best;
    }

    /** True when the words from {@code start} to {@code end} are also a transitive verb. */
    boolean isVerb(int start, int end)
    {
        return lexicon.get(Kind.VERB, lower.subList(start, end)) != null;
    }

    /** True when the words from {@code start} to {@code end} are also an adjective. */
    boolean isAdjective(int start, int end)
    {
        return lexicon.get(Kind.ADJECTIVE, lower.subList(start, end)) != null;
    }

    /** Whether the word at {@code i} is in a word list ({@link CasualtyLexicon#words}). */
    boolean is(Kind kind, int i)
    {
        return lexicon.words(kind).contains(lower(i));
    }

    boolean isAny(Kind kind, int i)
    {
        return match(kind, i) != null;
    }

    /** Adverbs in -ly ("reportedly", "seriously") may stand between a count and its status. */
    boolean isAdverb(int i)
    {
        String word = lower(i);
        return word.length() > 4 && word.endsWith("ly")
                && word.chars().allMatch(Character::isLetter);
    }

    boolean hasLetter(int i)
    {
        return i >= 0 && i < size() && view.hasLetter(first + i);
    }

    boolean hasDigit(int i)
    {
        return i >= 0 && i < size() && view.hasDigit(first + i);
    }
}
