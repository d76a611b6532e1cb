package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.segment.NewsLayout;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The tokens of a document as arrays, with their paragraph (line) and their unit: a sentence,
 * or several sentences of one paragraph joined when a quotation runs across them, so that
 * "“A. B,” she said" is read as one unit.
 */
final class DocumentView
{
    final String text;
    final int size;
    final int[] begin;
    final int[] end;
    /** Lower-cased token text with curly apostrophes made straight. */
    final String[] lower;
    final int[] paragraph;
    final int[] unit;
    /** First token and token after the last of each unit. */
    final int[] unitStart;
    final int[] unitEnd;
    /** Tokens inside quotation marks (the marks excluded). */
    final boolean[] quoted;
    private final NewsLayout layout;

    private DocumentView(String text, List<Token> tokens, int[][] units, List<int[]> quotations,
            NewsLayout layout)
    {
        this.text = text;
        this.layout = layout;
        size = tokens.size();
        begin = new int[size];
        end = new int[size];
        lower = new String[size];
        paragraph = new int[size];
        unit = new int[size];
        int para = 0;
        for (int t = 0; t < size; t++) {
            begin[t] = tokens.get(t).getBegin();
            end[t] = tokens.get(t).getEnd();
            lower[t] = tokens.get(t).getCoveredText().toLowerCase(Locale.ROOT).replace('\u2019',
                    '\'');
            if (t > 0 && hasLineBreak(text, end[t - 1], begin[t])) {
                para++;
            }
            paragraph[t] = para;
        }
        unitStart = new int[units.length];
        unitEnd = new int[units.length];
        for (int u = 0; u < units.length; u++) {
            unitStart[u] = units[u][0];
            unitEnd[u] = units[u][1];
            for (int t = units[u][0]; t < units[u][1]; t++) {
                unit[t] = u;
            }
        }
        quoted = new boolean[size];
        for (int[] q : quotations) {
            for (int t = tokenAtOrAfter(q[0]); t < size && end[t] <= q[1]; t++) {
                quoted[t] = true;
            }
        }
    }

    /** Reads the tokens and sentences of a CAS; quotations join the sentences they run across. */
    /**
     * Where a unit that starts at token {@code s} and ends before {@code e} starts after its
     * wire-service dateline ("GOMA, Congo (Reuters) — ..."): {@code s} when it has none.
     */
    int afterDateline(int s, int e)
    {
        int datelineEnd = s < e ? layout.datelineEnd(begin[s]) : -1;
        int t = s;
        while (datelineEnd >= 0 && t < e && end[t] <= datelineEnd) {
            t++;
        }
        return t;
    }

    static DocumentView of(JCas jcas, List<int[]> quotations)
    {
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        List<int[]> units = new ArrayList<>();
        int t = 0;
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            int first = t;
            while (t < tokens.size() && tokens.get(t).getBegin() < sentence.getEnd()) {
                t++;
            }
            if (t == first) {
                continue;
            }
            int[] previous = units.isEmpty() ? null : units.get(units.size() - 1);
            if (previous != null && bridged(jcas.getDocumentText(), tokens, previous, first,
                    quotations)) {
                previous[1] = t;
            }
            else {
                units.add(new int[] { first, t });
            }
        }
        if (t < tokens.size()) {
            units.add(new int[] { t, tokens.size() });
        }
        // An opening mark the segmenter left at the end of a sentence opens the next one.
        String text = jcas.getDocumentText();
        for (int u = 0; u + 1 < units.size(); u++) {
            int[] unit = units.get(u);
            int last = unit[1] - 1;
            Token mark = tokens.get(last);
            if (last > unit[0] && isMark(mark.getCoveredText())
                    && mark.getEnd() == tokens.get(last + 1).getBegin()
                    && Character.isWhitespace(text.charAt(mark.getBegin() - 1))) {
                unit[1]--;
                units.get(u + 1)[0]--;
            }
        }
        return new DocumentView(jcas.getDocumentText(), tokens, units.toArray(int[][]::new),
                quotations, NewsLayout.of(jcas));
    }

    private static boolean isMark(String token)
    {
        return token.equals("\"") || token.equals("'") || token.equals("\u201C")
                || token.equals("\u00AB") || token.equals("\u2018");
    }

    private static boolean bridged(String text, List<Token> tokens, int[] previous, int first,
            List<int[]> quotations)
    {
        int boundaryBegin = tokens.get(previous[1] - 1).getEnd();
        int boundaryEnd = tokens.get(first).getBegin();
        if (hasLineBreak(text, boundaryBegin, boundaryEnd)) {
            return false;
        }
        for (int[] q : quotations) {
            if (q[0] < boundaryBegin && q[1] > boundaryEnd) {
                return true;
            }
        }
        return false;
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

    String word(int t)
    {
        return text.substring(begin[t], end[t]);
    }

    boolean isWord(int t)
    {
        return Character.isLetterOrDigit(text.codePointAt(begin[t]));
    }

    boolean isCapitalized(int t)
    {
        return Character.isUpperCase(text.codePointAt(begin[t]));
    }

    /** No space between this token and the previous one. */
    boolean gluedLeft(int t)
    {
        return t > 0 && end[t - 1] == begin[t];
    }

    boolean gluedRight(int t)
    {
        return t + 1 < size && end[t] == begin[t + 1];
    }

    boolean isOpeningQuote(int t)
    {
        String w = word(t);
        return w.equals("\u201C") || w.equals("\u00AB") || w.equals("\u2018")
                || ((w.equals("\"") || w.equals("'")) && gluedRight(t)
                        && (t == 0 || !gluedLeft(t)));
    }

    boolean isClosingQuote(int t)
    {
        String w = word(t);
        return w.equals("\u201D") || w.equals("\u00BB") || w.equals("\u2019")
                || ((w.equals("\"") || w.equals("'")) && !isOpeningQuote(t));
    }

    /** The first token beginning at or after a character offset ({@code size} if none). */
    int tokenAtOrAfter(int offset)
    {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin[mid] < offset) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        return lo;
    }
}
