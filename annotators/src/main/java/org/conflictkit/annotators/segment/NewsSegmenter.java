package org.conflictkit.annotators.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.rules.Interruption;
import org.dkpro.core.api.segmentation.SegmenterBase;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Div;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;

/**
 * Sentence and token segmentation for English news text. Every line is segmented on its own, so
 * headlines and datelines without final punctuation become sentences of their own; every
 * non-blank line is a DKPro {@code Paragraph}, a Title Case line a DKPro {@code Heading}, and a
 * wire-service dateline at the start of a line a DKPro {@code Div} of type {@value #DATELINE}. Tokens keep
 * model designators ({@code Tu-22M3}, {@code S-400}), numbers with separators ({@code 3,000},
 * {@code 1.2}), dotted initialisms ({@code U.S.}) and common title abbreviations ({@code Gen.})
 * whole; possessive {@code 's} and every quotation mark, dash and bracket are tokens of their own.
 * Works in linear time on any input.
 */
@ResourceMetaData(name = "ConflictKit news segmenter")
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Div" })
public class NewsSegmenter
    extends SegmenterBase
{
    /** The {@code divType} of the DKPro {@code Div} that marks a dateline. */
    public static final String DATELINE = "dateline";

    /** What a dateline holds besides names and numbers: "GOMA, Democratic Republic of Congo —". */
    private static final Set<String> DATELINE_WORDS = Set.of(",", "(", ")", "-", ".", "of",
            "the");

    /** Abbreviations whose period belongs to the token and does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("gen", "lt", "col", "maj", "capt",
            "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "mr", "mrs", "ms", "dr", "prof",
            "sen", "rep", "gov", "pres", "st", "mt", "ft", "no", "nos", "vs", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
            "corp", "jr", "sr", "approx", "est", "dept", "govt");

    @Override
    protected void process(JCas aJCas, String text, int zoneBegin)
        throws AnalysisEngineProcessException
    {
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Interruption.check();
                segmentLine(aJCas, text, lineStart, i, zoneBegin);
                lineStart = i + 1;
            }
        }
    }

    private void segmentLine(JCas aJCas, String text, int begin, int end, int offset)
        throws AnalysisEngineProcessException
    {
        List<int[]> tokens = tokenize(text, begin, end);
        if (!tokens.isEmpty()) {
            int lineBegin = offset + tokens.get(0)[0];
            int lineEnd = offset + tokens.get(tokens.size() - 1)[1];
            new Paragraph(aJCas, lineBegin, lineEnd).addToIndexes();
            if (isTitleCase(text, tokens)) {
                new Heading(aJCas, lineBegin, lineEnd).addToIndexes();
            }
            int dash = datelineDash(text, tokens);
            if (dash > 0) {
                Div dateline = new Div(aJCas, lineBegin, offset + tokens.get(dash)[1]);
                dateline.setDivType(DATELINE);
                dateline.addToIndexes();
            }
        }
        int sentenceStart = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (endsSentence(text, tokens, t)) {
                int last = t;
                while (last + 1 < tokens.size() && isClosing(text, tokens.get(last + 1))) {
                    last++;
                }
                emitSentence(aJCas, tokens, sentenceStart, last, offset);
                sentenceStart = last + 1;
                t = last;
            }
        }
        if (sentenceStart < tokens.size()) {
            emitSentence(aJCas, tokens, sentenceStart, tokens.size() - 1, offset);
        }
    }

    private void emitSentence(JCas aJCas, List<int[]> tokens, int first, int last, int offset)
        throws AnalysisEngineProcessException
    {
        createSentence(aJCas, offset + tokens.get(first)[0], offset + tokens.get(last)[1]);
        for (int t = first; t <= last; t++) {
            Interruption.check(); // per token: a line may be a whole page
            createToken(aJCas, offset + tokens.get(t)[0], offset + tokens.get(t)[1]);
        }
    }

    /**
     * A Title Case line, the one headline test of the engines: of at least three words of four
     * letters or more, three in four start with a capital (words in capitals do not count as
     * capitalised: "KYIV, March 3 (Reuters) - Russian forces ..." is no heading).
     */
    static boolean isTitleCase(String text, List<int[]> tokens)
    {
        int words = 0;
        int capitalised = 0;
        for (int[] token : tokens) {
            String word = text.substring(token[0], token[1]);
            if (word.length() > 3 && Character.isLetter(word.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(word.codePointAt(0))
                        && !word.equals(word.toUpperCase(Locale.ROOT))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /**
     * The token that ends the line's wire-service dateline ("GOMA, Congo (Reuters) —", "BAGHDAD
     * (AFP)-", "KYIV, March 3 (Reuters) -"), or -1: a capitalised word, then within twelve tokens
     * only capitalised words, numbers and {@link #DATELINE_WORDS}, at least one comma or
     * parenthesis, and a dash that text follows.
     */
    static int datelineDash(String text, List<int[]> tokens)
    {
        String first = word(text, tokens, 0);
        if (first.length() < 2 || !Character.isUpperCase(first.codePointAt(0))) {
            return -1;
        }
        boolean separated = false;
        for (int t = 1; t < Math.min(tokens.size() - 1, 12); t++) {
            String word = word(text, tokens, t);
            boolean glued = tokens.get(t)[0] == tokens.get(t - 1)[1];
            if (word.equals("\u2014") || word.equals("\u2013") || word.equals("-")
                    && (!glued || word(text, tokens, t - 1).equals(")"))) {
                return separated ? t : -1;
            }
            separated |= word.equals(",") || word.equals("(");
            boolean nameWord = Character.isUpperCase(word.codePointAt(0))
                    || word.chars().allMatch(Character::isDigit);
            if (!nameWord && !DATELINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    private static String word(String text, List<int[]> tokens, int t)
    {
        return text.substring(tokens.get(t)[0], tokens.get(t)[1]);
    }

    /** A sentence ends at . ! ? (not an abbreviation) before a capital, digit, quote or line end. */
    private static boolean endsSentence(String text, List<int[]> tokens, int t)
    {
        int[] tok = tokens.get(t);
        if (tok[1] - tok[0] != 1 || ".!?".indexOf(text.charAt(tok[0])) < 0) {
            return false;
        }
        int next = t + 1;
        while (next < tokens.size() && isClosing(text, tokens.get(next))) {
            next++;
        }
        if (next >= tokens.size()) {
            return true;
        }
        int c = text.codePointAt(tokens.get(next)[0]);
        return Character.isUpperCase(c) || Character.isDigit(c) || isQuote(c) || c == '(';
    }

    private static boolean isClosing(String text, int[] token)
    {
        if (token[1] - token[0] != 1) {
            return false;
        }
        char c = text.charAt(token[0]);
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\''
                || c == '\u00BB';
    }

    private static boolean isQuote(int c)
    {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '\u00AB';
    }

    /**
     * The tokens of a phrase as this segmenter cuts them, so that lexicon entries are matched
     * token by token against segmented text ("Iran-backed" gives Iran, -, backed).
     */
    public static List<String> tokens(String phrase)
    {
        List<String> tokens = new ArrayList<>();
        for (int[] span : tokenize(phrase, 0, phrase.length())) {
            tokens.add(phrase.substring(span[0], span[1]));
        }
        return tokens;
    }

    /**
     * Token spans ({begin, end} in {@code text}) of one line, exactly as the segmenter makes them;
     * lexicon loaders use it to split their entries the way the text will be split.
     */
    public static List<int[]> tokenize(String text, int begin, int end)
    {
        List<int[]> tokens = new ArrayList<>();
        int i = begin;
        while (i < end) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i += Character.charCount(c);
                continue;
            }
            int tokenEnd;
            if (Character.isLetterOrDigit(c)) {
                tokenEnd = wordEnd(text, i, end);
            }
            else if (c == '.' && i + 1 < end && Character.isDigit(text.charAt(i + 1))
                    && (i == begin || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                tokenEnd = wordEnd(text, i + 1, end); // ".50-caliber": the point starts a number
            }
            else if (isApostrophe(c) && i + 2 <= end && startsPossessive(text, i, end)) {
                tokenEnd = i + 2;
            }
            else {
                tokenEnd = i + Character.charCount(c);
            }
            tokens.add(new int[] { i, tokenEnd });
            i = tokenEnd;
        }
        return tokens;
    }

    /** The end of a word starting at {@code start}: letters, digits and the joints between them. */
    private static int wordEnd(String text, int start, int limit)
    {
        int initialism = initialismEnd(text, start, limit);
        if (initialism > 0) {
            return initialism;
        }
        int i = advanceAlnum(text, start, limit);
        boolean digitSoFar = hasDigit(text, start, i); // kept up to date: no rescans of long words
        while (i + 1 < limit) {
            char joint = text.charAt(i);
            int next = text.codePointAt(i + 1);
            boolean glued = false;
            if ((joint == ',' || joint == '.') && isDigitBefore(text, i)
                    && Character.isDigit(next)) {
                glued = true; // 3,000 and 1.2
            }
            else if ((joint == '-' || joint == '/') && Character.isLetterOrDigit(next)
                    && (digitSoFar || hasDigit(text, i + 1, advanceAlnum(text, i + 1, limit)))) {
                glued = true; // Tu-22M3, S-400, 30-40, Mi-8/24
            }
            else if ((joint == '\'' || joint == '\u2019') && Character.isLetter(next)
                    && !startsPossessive(text, i, limit)) {
                glued = true; // O'Brien, Kyiv's stays split
            }
            if (!glued) {
                break;
            }
            int partEnd = advanceAlnum(text, i + 1, limit);
            digitSoFar = digitSoFar || hasDigit(text, i + 1, partEnd);
            i = partEnd;
        }
        if (i < limit && text.charAt(i) == '.' && keepsPeriod(text, start, i)) {
            i++;
        }
        return i;
    }

    /** U.S., U.N. and title abbreviations keep their final period. */
    private static boolean keepsPeriod(String text, int start, int periodAt)
    {
        String word = text.substring(start, periodAt);
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int advanceAlnum(String text, int i, int limit)
    {
        while (i < limit) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The end of a dotted initialism (U.S., U.N.) starting at {@code start}, or -1. */
    private static int initialismEnd(String text, int start, int limit)
    {
        int i = start;
        int letters = 0;
        while (i + 1 < limit && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
                && (i + 2 == limit || !Character.isLetterOrDigit(text.charAt(i + 2))
                        || Character.isUpperCase(text.charAt(i + 2)))) {
            i += 2;
            letters++;
            if (i < limit && !Character.isUpperCase(text.charAt(i))) {
                break;
            }
        }
        return letters >= 2 ? i : -1;
    }

    private static boolean hasDigit(String text, int from, int to)
    {
        for (int k = from; k < to; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigitBefore(String text, int i)
    {
        return i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    private static boolean isApostrophe(int c)
    {
        return c == '\'' || c == '\u2019';
    }

    /** 's or ’s at a word's end (Ukraine's, Kyiv’s). */
    private static boolean startsPossessive(String text, int i, int limit)
    {
        if (!isApostrophe(text.charAt(i)) || i + 1 >= limit
                || Character.toLowerCase(text.charAt(i + 1)) != 's') {
            return false;
        }
        return i + 2 == limit || !Character.isLetterOrDigit(text.charAt(i + 2));
    }

    private static boolean isInvisible(int c)
    {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL;
    }
}
