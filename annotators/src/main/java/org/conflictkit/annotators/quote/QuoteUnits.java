package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.text.LastBuiltPerCas;
import org.conflictkit.annotators.text.TokenView;

/**
 * The units in which the quote engines read a document's {@link TokenView}: a sentence, or
 * several sentences of one paragraph joined when a quotation runs across them, so that "“A. B,”
 * she said" is read as one unit; with the tokens inside quotation marks and the token keys the
 * cue lists are matched against. Built once per document: the quote engine builds the units
 * from the quotations it finds, and the speaker engine, reading the same tokens and the same
 * direct quotes from the CAS, is given the same units again.
 */
final class QuoteUnits
{
    /** The units built last for each CAS. */
    private static final LastBuiltPerCas<QuoteUnits> LAST_UNITS = new LastBuiltPerCas<>();
    private static final Comparator<int[]> BY_OFFSETS = Comparator.<int[]> comparingInt(q -> q[0])
            .thenComparingInt(q -> q[1]);

    final TokenView tokens;
    /** The quotations the units were built from, by offsets. */
    private final List<int[]> quotations;
    /** Lower-cased token text with curly apostrophes made straight. */
    final String[] lower;
    final int[] unit;
    /** First token and token after the last of each unit. */
    final int[] unitStart;
    final int[] unitEnd;
    /** Tokens inside quotation marks (the marks excluded). */
    final boolean[] quoted;
    /** The token after the last of each token's paragraph. */
    final int[] paragraphEnd;

    private QuoteUnits(TokenView tokens, int[][] units, List<int[]> quotations)
    {
        this.tokens = tokens;
        this.quotations = quotations;
        int size = tokens.size();
        lower = new String[size];
        unit = new int[size];
        for (int t = 0; t < size; t++) {
            lower[t] = tokens.lower(t).replace('\u2019', '\'');
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
        paragraphEnd = new int[size];
        for (int t = size - 1; t >= 0; t--) {
            boolean last = t + 1 == size || tokens.paragraphOf(t + 1) != tokens.paragraphOf(t);
            paragraphEnd[t] = last ? t + 1 : paragraphEnd[t + 1];
        }
        quoted = new boolean[size];
        for (int[] q : quotations) {
            for (int t = tokens.tokenAtOrAfter(q[0]); t < size && tokens.end(t) <= q[1]; t++) {
                quoted[t] = true;
            }
        }
    }

    /**
     * Where a unit that starts at token {@code s} and ends before {@code e} starts after its
     * wire-service dateline ("GOMA, Congo (Reuters) — ..."): {@code s} when it has none.
     */
    int afterDateline(int s, int e)
    {
        int datelineEnd = s < e ? tokens.datelineEnd(s) : -1;
        int t = s;
        while (datelineEnd >= 0 && t < e && tokens.end(t) <= datelineEnd) {
            t++;
        }
        return t;
    }

    /**
     * Reads the tokens and sentences of a CAS; quotations join the sentences they run across.
     * The units built last for the CAS are returned again while its token view and the
     * quotations are the same.
     */
    static QuoteUnits of(JCas jcas, List<int[]> quotations)
    {
        TokenView tokens = TokenView.of(jcas);
        List<int[]> sorted = new ArrayList<>(quotations);
        sorted.sort(BY_OFFSETS);
        return LAST_UNITS.get(jcas.getCas(),
                last -> last.tokens == tokens && sameOffsets(last.quotations, sorted),
                () -> build(tokens, sorted));
    }

    private static boolean sameOffsets(List<int[]> a, List<int[]> b)
    {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (BY_OFFSETS.compare(a.get(i), b.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static QuoteUnits build(TokenView tokens, List<int[]> quotations)
    {
        List<int[]> units = new ArrayList<>();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int first = tokens.sentenceStart(s);
            int[] previous = units.isEmpty() ? null : units.get(units.size() - 1);
            if (previous != null && bridged(tokens, previous, first, quotations)) {
                previous[1] = tokens.sentenceEnd(s);
            }
            else {
                units.add(new int[] { first, tokens.sentenceEnd(s) });
            }
        }
        // An opening mark the segmenter left at the end of a sentence opens the next one.
        String text = tokens.documentText();
        for (int u = 0; u + 1 < units.size(); u++) {
            int[] unit = units.get(u);
            int last = unit[1] - 1;
            if (last > unit[0] && isMark(tokens.text(last)) && tokens.gluedRight(last)
                    && Character.isWhitespace(text.charAt(tokens.begin(last) - 1))) {
                unit[1]--;
                units.get(u + 1)[0]--;
            }
        }
        return new QuoteUnits(tokens, units.toArray(int[][]::new), quotations);
    }

    private static boolean isMark(String token)
    {
        return token.equals("\"") || token.equals("'") || token.equals("\u201C")
                || token.equals("\u00AB") || token.equals("\u2018");
    }

    private static boolean bridged(TokenView tokens, int[] previous, int first,
            List<int[]> quotations)
    {
        int boundaryBegin = tokens.end(previous[1] - 1);
        int boundaryEnd = tokens.begin(first);
        if (tokens.paragraphOf(previous[1] - 1) != tokens.paragraphOf(first)) {
            return false;
        }
        for (int[] q : quotations) {
            if (q[0] < boundaryBegin && q[1] > boundaryEnd) {
                return true;
            }
        }
        return false;
    }

    boolean isOpeningQuote(int t)
    {
        String w = tokens.text(t);
        return w.equals("\u201C") || w.equals("\u00AB") || w.equals("\u2018")
                || ((w.equals("\"") || w.equals("'")) && tokens.gluedRight(t)
                        && (t == 0 || !tokens.gluedLeft(t)));
    }

    boolean isClosingQuote(int t)
    {
        String w = tokens.text(t);
        return w.equals("\u201D") || w.equals("\u00BB") || w.equals("\u2019")
                || ((w.equals("\"") || w.equals("'")) && !isOpeningQuote(t));
    }
}
