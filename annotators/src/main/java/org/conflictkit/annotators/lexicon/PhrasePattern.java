package org.conflictkit.annotators.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands the alternatives of a list entry into the phrases it stands for, once at load time, so
 * that matching stays a plain token trie lookup. {@code |} separates alternatives, parentheses
 * limit them to part of the phrase, and an empty alternative makes the part optional:
 *
 * <pre>
 * (give|gave|given|giving|lose|lost) (his|her|their|its) (life|lives)
 * (have |)lost their lives
 * say|says|said|saying
 * </pre>
 *
 * The first stands for 24 phrases, the second for "have lost their lives" and "lost their lives".
 * Runs of spaces left by an empty alternative count as one space. The first phrase of an entry is
 * its first alternatives put together ("give his life"), which engines use as a canonical name.
 */
public final class PhrasePattern
{
    /** More phrases than this from one line is a mistake, not a family. */
    static final int MAX_PHRASES = 1000;

    private PhrasePattern()
    {
    }

    /**
     * The phrases a pattern stands for, in order, white space normalised.
     *
     * @throws IllegalArgumentException
     *             for unbalanced parentheses, an empty phrase, or too many phrases.
     */
    public static List<String> expand(String pattern)
    {
        int[] at = { 0 };
        List<String> phrases = alternatives(pattern, at);
        if (at[0] < pattern.length()) {
            throw new IllegalArgumentException("')' without '('");
        }
        List<String> result = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            String normalised = phrase.strip().replaceAll("\\s+", " ");
            if (normalised.isEmpty()) {
                throw new IllegalArgumentException("empty alternative");
            }
            result.add(normalised);
        }
        return result;
    }

    /** Alternatives separated by '|', up to an unmatched ')' or the end. */
    private static List<String> alternatives(String pattern, int[] at)
    {
        List<String> result = new ArrayList<>();
        while (true) {
            result.addAll(sequence(pattern, at));
            if (at[0] < pattern.length() && pattern.charAt(at[0]) == '|') {
                at[0]++;
                continue;
            }
            return result;
        }
    }

    /** Text and groups up to '|', an unmatched ')' or the end: every combination. */
    private static List<String> sequence(String pattern, int[] at)
    {
        List<String> result = new ArrayList<>(List.of(""));
        StringBuilder text = new StringBuilder();
        while (at[0] < pattern.length()) {
            char c = pattern.charAt(at[0]);
            if (c == '|' || c == ')') {
                break;
            }
            at[0]++;
            if (c != '(') {
                text.append(c);
                continue;
            }
            List<String> group = alternatives(pattern, at);
            if (at[0] >= pattern.length()) {
                throw new IllegalArgumentException("'(' without ')'");
            }
            at[0]++;
            List<String> combined = new ArrayList<>(result.size() * group.size());
            for (String head : result) {
                for (String alternative : group) {
                    combined.add(head + text + alternative);
                }
            }
            if (combined.size() > MAX_PHRASES) {
                throw new IllegalArgumentException(
                        "more than " + MAX_PHRASES + " phrases from one line");
            }
            result = combined;
            text.setLength(0);
        }
        if (text.length() > 0) {
            result.replaceAll(head -> head + text);
        }
        return result;
    }
}
