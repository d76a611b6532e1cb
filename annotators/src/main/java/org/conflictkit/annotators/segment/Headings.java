package org.conflictkit.annotators.segment;

import java.util.List;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading;

/**
 * The headings {@link NewsSegmenter} marked in a document (Title Case lines), for engines that
 * read capitals differently there: in a heading every longer word is capitalised, so a capital
 * is no evidence of a name.
 */
public final class Headings
{
    private final List<int[]> spans;

    private Headings(List<int[]> spans)
    {
        this.spans = spans;
    }

    public static Headings of(JCas jcas)
    {
        return new Headings(jcas.select(Heading.class)
                .map(h -> new int[] { h.getBegin(), h.getEnd() }).toList());
    }

    /** True when a heading covers {@code [begin, end)}. */
    public boolean cover(int begin, int end)
    {
        for (int[] span : spans) {
            if (span[0] <= begin && end <= span[1]) {
                return true;
            }
        }
        return false;
    }
}
