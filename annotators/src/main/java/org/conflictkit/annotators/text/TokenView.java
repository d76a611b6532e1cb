package org.conflictkit.annotators.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.segment.NewsSegmenter;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Div;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The tokens of a document as every engine reads them, built once per document with
 * {@link #of(JCas)} from what {@link NewsSegmenter} marked: each token's offsets, text and
 * lower-cased text, its sentence and line (paragraph), whether it stands in a heading (a Title
 * Case line, where a capital is no evidence of a name) or opens a wire-service dateline, and the
 * character-class questions the rules ask. Tokens are numbered in text order from 0; every
 * question takes that number. Read-only: arrays inside, no object per token.
 * <p>
 * Sentences partition the tokens: a sentence holds the tokens that begin before its end and
 * after the previous sentence's tokens, and tokens after the last sentence form one more, so
 * that segmentations that leave tokens outside every sentence (a user's tokens copied from an
 * annotation tool) lose none. Sentences without tokens are left out.
 */
public final class TokenView
{
    private static final int WORD = 1;
    private static final int DIGIT = 1 << 1;
    private static final int CAPITALISED = 1 << 2;
    private static final int LOWER_CASE = 1 << 3;
    private static final int HAS_LETTER = 1 << 4;
    private static final int HAS_DIGIT = 1 << 5;
    private static final int ALL_CAPS = 1 << 6;
    private static final int ACRONYM = 1 << 7;

    private final String text;
    private final int[] begin;
    private final int[] end;
    private final String[] words;
    private final String[] lower;
    private final int[] flags;
    private final int[] sentence;
    private final int[] paragraph;
    /** First token and token after the last of each sentence. */
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final boolean[] sentenceInHeading;
    /** Heading spans in text order; headings are lines, so they do not overlap. */
    private final int[] headingBegin;
    private final int[] headingEnd;
    /** Dateline spans in text order. */
    private final int[] datelineBegin;
    private final int[] datelineEnd;
    private final List<String> wordList;
    private final List<String> lowerList;

    /** The view built last for each CAS. */
    private static final LastBuiltPerCas<TokenView> LAST_VIEW = new LastBuiltPerCas<>();

    private TokenView(String text, int[] begin, int[] end, List<int[]> sentences,
            List<int[]> headings, List<int[]> datelines)
    {
        this.text = text;
        int size = begin.length;
        this.begin = begin;
        this.end = end;
        words = new String[size];
        lower = new String[size];
        flags = new int[size];
        paragraph = new int[size];
        int line = 0;
        for (int t = 0; t < size; t++) {
            words[t] = text.substring(begin[t], end[t]);
            lower[t] = words[t].toLowerCase(Locale.ROOT);
            flags[t] = flags(words[t]);
            if (t > 0 && hasLineBreak(text, end[t - 1], begin[t])) {
                line++;
            }
            paragraph[t] = line;
        }
        sentence = new int[size];
        sentenceStart = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStart[s] = sentences.get(s)[0];
            sentenceEnd[s] = sentences.get(s)[1];
            Arrays.fill(sentence, sentenceStart[s], sentenceEnd[s], s);
        }
        headingBegin = headings.stream().mapToInt(h -> h[0]).toArray();
        headingEnd = headings.stream().mapToInt(h -> h[1]).toArray();
        datelineBegin = datelines.stream().mapToInt(d -> d[0]).toArray();
        datelineEnd = datelines.stream().mapToInt(d -> d[1]).toArray();
        sentenceInHeading = new boolean[sentenceStart.length];
        for (int s = 0; s < sentenceStart.length; s++) {
            sentenceInHeading[s] = inHeading(begin[sentenceStart[s]], end[sentenceEnd[s] - 1]);
        }
        wordList = new ReadOnlyList(words, 0, size);
        lowerList = new ReadOnlyList(lower, 0, size);
    }

    /**
     * Reads the tokens, sentences, headings and datelines of a segmented CAS. The engines of a
     * pipeline share one view per CAS: the view built last for a CAS is returned again while the
     * text and those spans are still the same, so only the (cheap) reading of the spans is
     * repeated, not the building.
     */
    public static TokenView of(JCas jcas)
    {
        String text = jcas.getDocumentText();
        Collection<Token> tokens = JCasUtil.select(jcas, Token.class);
        int[] tokenBegin = new int[tokens.size()];
        int[] tokenEnd = new int[tokens.size()];
        int count = 0;
        for (Token token : tokens) {
            tokenBegin[count] = token.getBegin();
            tokenEnd[count] = token.getEnd();
            count++;
        }
        List<int[]> sentences = new ArrayList<>();
        int t = 0;
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            int first = t;
            while (t < count && tokenBegin[t] < sentence.getEnd()) {
                t++;
            }
            if (t > first) {
                sentences.add(new int[] { first, t });
            }
        }
        if (t < count) {
            sentences.add(new int[] { t, count });
        }
        List<int[]> headings = spans(JCasUtil.select(jcas, Heading.class));
        List<int[]> datelines = spans(JCasUtil.select(jcas, Div.class).stream()
                .filter(div -> NewsSegmenter.DATELINE.equals(div.getDivType())).toList());
        return LAST_VIEW.get(jcas.getCas(),
                last -> last.isBuiltFrom(text, tokenBegin, tokenEnd, sentences, headings,
                        datelines),
                () -> new TokenView(text, tokenBegin, tokenEnd, sentences, headings, datelines));
    }

    private boolean isBuiltFrom(String text, int[] tokenBegin, int[] tokenEnd,
            List<int[]> sentences, List<int[]> headings, List<int[]> datelines)
    {
        return this.text.equals(text) && Arrays.equals(begin, tokenBegin)
                && Arrays.equals(end, tokenEnd)
                && equalSpans(sentenceStart, sentenceEnd, sentences)
                && equalSpans(headingBegin, headingEnd, headings)
                && equalSpans(datelineBegin, datelineEnd, datelines);
    }

    private static boolean equalSpans(int[] starts, int[] ends, List<int[]> spans)
    {
        if (starts.length != spans.size()) {
            return false;
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] != spans.get(i)[0] || ends[i] != spans.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> spans(Collection<? extends Annotation> annotations)
    {
        List<int[]> spans = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            spans.add(new int[] { annotation.getBegin(), annotation.getEnd() });
        }
        return spans;
    }

    // ---- the document and its tokens

    /** The document text. */
    public String documentText()
    {
        return text;
    }

    /** The number of tokens. */
    public int size()
    {
        return begin.length;
    }

    public int begin(int t)
    {
        return begin[t];
    }

    public int end(int t)
    {
        return end[t];
    }

    /** The token's text as written. */
    public String text(int t)
    {
        return words[t];
    }

    /** The token's text lower-cased ({@link Locale#ROOT}). */
    public String lower(int t)
    {
        return lower[t];
    }

    /** The texts of all tokens, for matchers that read token lists; not modifiable. */
    public List<String> texts()
    {
        return wordList;
    }

    /** The lower-cased texts of all tokens; not modifiable. */
    public List<String> lowers()
    {
        return lowerList;
    }

    /** The text from the start of token {@code first} to the end of token {@code last}. */
    public String text(int first, int last)
    {
        return text.substring(begin[first], end[last]);
    }

    /** The first token beginning at or after a character offset ({@link #size()} if none). */
    public int tokenAtOrAfter(int offset)
    {
        int low = 0;
        int high = begin.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (begin[middle] < offset) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    // ---- sentences, lines, headings and datelines

    /** The number of sentences (each has at least one token). */
    public int sentenceCount()
    {
        return sentenceStart.length;
    }

    /** The sentence of token {@code t}. */
    public int sentenceOf(int t)
    {
        return sentence[t];
    }

    /** The first token of sentence {@code s}. */
    public int sentenceStart(int s)
    {
        return sentenceStart[s];
    }

    /** The token after the last of sentence {@code s}. */
    public int sentenceEnd(int s)
    {
        return sentenceEnd[s];
    }

    /**
     * The line of token {@code t}, counted from 0: the DKPro {@code Paragraph} the segmenter
     * marked, found from the line breaks between tokens so that any segmentation has it.
     */
    public int paragraphOf(int t)
    {
        return paragraph[t];
    }

    /** True when sentence {@code s}, from its first token to its last, lies in a heading. */
    public boolean sentenceInHeading(int s)
    {
        return sentenceInHeading[s];
    }

    /**
     * True when sentence {@code s} is written in capitals (wire text, a shouted headline): it has
     * a word, and every word reads the same in capitals, so capitals say nothing about names.
     */
    public boolean sentenceInCapitals(int s)
    {
        boolean words = false;
        for (int t = sentenceStart(s); t < sentenceEnd(s); t++) {
            if (hasLetter(t)) {
                if (!isAllCaps(t)) {
                    return false;
                }
                words = true;
            }
        }
        return words;
    }

    /** True when token {@code t} lies in a heading. */
    public boolean inHeading(int t)
    {
        return inHeading(begin[t], end[t]);
    }

    /**
     * True when a heading covers {@code [from, to)}. Headings are lines in text order: the last
     * one starting at or before {@code from} is the only candidate.
     */
    private boolean inHeading(int from, int to)
    {
        int candidate = lastAtOrBefore(headingBegin, from);
        return candidate >= 0 && to <= headingEnd[candidate];
    }

    /**
     * The end offset of the wire-service dateline that begins with token {@code t} ("GOMA, Congo
     * (Reuters) —", up to its dash), or -1 when no dateline begins there.
     */
    public int datelineEnd(int t)
    {
        int candidate = lastAtOrBefore(datelineBegin, begin[t]);
        return candidate >= 0 && datelineBegin[candidate] == begin[t] ? datelineEnd[candidate]
                : -1;
    }

    /** The index of the last value at or before {@code offset} in a sorted array, or -1. */
    private static int lastAtOrBefore(int[] sorted, int offset)
    {
        int low = 0;
        int high = sorted.length - 1;
        int candidate = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= offset) {
                candidate = middle;
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        return candidate;
    }

    // ---- character classes

    /** The token starts with a letter or a digit. */
    public boolean isWord(int t)
    {
        return (flags[t] & WORD) != 0;
    }

    /** The token starts with a digit. */
    public boolean startsWithDigit(int t)
    {
        return (flags[t] & DIGIT) != 0;
    }

    /** The token starts with an upper-case letter. */
    public boolean isCapitalised(int t)
    {
        return (flags[t] & CAPITALISED) != 0;
    }

    /** The token starts with a lower-case letter. */
    public boolean startsLowerCase(int t)
    {
        return (flags[t] & LOWER_CASE) != 0;
    }

    /** Some character of the token is a letter. */
    public boolean hasLetter(int t)
    {
        return (flags[t] & HAS_LETTER) != 0;
    }

    /** Some character of the token is a digit. */
    public boolean hasDigit(int t)
    {
        return (flags[t] & HAS_DIGIT) != 0;
    }

    /** The token reads the same in capitals: "NATO", "U.S.", "T-72", "1990", ",". */
    public boolean isAllCaps(int t)
    {
        return (flags[t] & ALL_CAPS) != 0;
    }

    /**
     * An acronym or initialism as the rules take it: two to four characters, the first a capital,
     * that read the same in capitals ("UN", "IDF", "NATO", "U.S.", also "T-72"). "I", "A",
     * "Kyiv", "1990" and longer words in capitals ("UNHCR", a headline's "AFTER") are none.
     */
    public boolean isAcronym(int t)
    {
        return (flags[t] & ACRONYM) != 0;
    }

    /** The possessive ending the segmenter splits off: "Ukraine's" gives "'s" (or "’s"). */
    public boolean isPossessive(int t)
    {
        return words[t].equals("'s") || words[t].equals("\u2019s");
    }

    /** No space between token {@code t} and the one before it. */
    public boolean gluedLeft(int t)
    {
        return t > 0 && end[t - 1] == begin[t];
    }

    /** No space between token {@code t} and the one after it. */
    public boolean gluedRight(int t)
    {
        return t + 1 < begin.length && end[t] == begin[t + 1];
    }

    private static int flags(String word)
    {
        if (word.isEmpty()) {
            return ALL_CAPS;
        }
        int c = word.codePointAt(0);
        int flags = (Character.isLetterOrDigit(c) ? WORD : 0)
                | (Character.isDigit(c) ? DIGIT : 0)
                | (Character.isUpperCase(c) ? CAPITALISED : 0)
                | (Character.isLowerCase(c) ? LOWER_CASE : 0);
        boolean ascii = true;
        boolean lowerCaseSeen = false;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            flags |= (Character.isLetter(ch) ? HAS_LETTER : 0)
                    | (Character.isDigit(ch) ? HAS_DIGIT : 0);
            ascii &= ch < 128;
            lowerCaseSeen |= ch >= 'a' && ch <= 'z';
        }
        // ASCII text is in capitals without a-z; anything else asks String, which knows "ß".
        boolean allCaps = ascii ? !lowerCaseSeen : word.equals(word.toUpperCase(Locale.ROOT));
        if (allCaps) {
            flags |= ALL_CAPS;
            if ((flags & CAPITALISED) != 0 && word.length() >= 2 && word.length() <= 4) {
                flags |= ACRONYM;
            }
        }
        return flags;
    }

    /** Whether a line break lies between two offsets, without copying the text between. */
    private static boolean hasLineBreak(String text, int from, int to)
    {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * A list over an array, or a range of it, that nobody can change. Its sublists are of the
     * same class, so that the matchers reading lists of sentences and of documents stay fast.
     */
    private static final class ReadOnlyList
        extends AbstractList<String>
        implements RandomAccess
    {
        private final String[] values;
        private final int from;
        private final int size;

        ReadOnlyList(String[] values, int from, int size)
        {
            this.values = values;
            this.from = from;
            this.size = size;
        }

        @Override
        public String get(int index)
        {
            Objects.checkIndex(index, size);
            return values[from + index];
        }

        @Override
        public int size()
        {
            return size;
        }

        @Override
        public List<String> subList(int fromIndex, int toIndex)
        {
            Objects.checkFromToIndex(fromIndex, toIndex, size);
            return new ReadOnlyList(values, from + fromIndex, toIndex - fromIndex);
        }
    }
}
