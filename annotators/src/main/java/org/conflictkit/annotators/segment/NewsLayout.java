package org.conflictkit.annotators.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Div;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading;

/**
 * What {@link NewsSegmenter} marked about a document's layout, for the engines: the headings
 * (Title Case lines, where every longer word is capitalised, so a capital is no evidence of a
 * name) and the wire-service datelines ({@code GOMA, Congo (Reuters) —}, a DKPro {@code Div}
 * of type {@value NewsSegmenter#DATELINE}).
 */
public final class NewsLayout
{
    private final List<int[]> headings;
    private final Map<Integer, Integer> datelines;

    private NewsLayout(List<int[]> headings, Map<Integer, Integer> datelines)
    {
        this.headings = headings;
        this.datelines = datelines;
    }

    public static NewsLayout of(JCas jcas)
    {
        Map<Integer, Integer> datelines = new HashMap<>();
        for (Div div : jcas.select(Div.class)) {
            if (NewsSegmenter.DATELINE.equals(div.getDivType())) {
                datelines.put(div.getBegin(), div.getEnd());
            }
        }
        return new NewsLayout(jcas.select(Heading.class)
                .map(h -> new int[] { h.getBegin(), h.getEnd() }).toList(), datelines);
    }

    /**
     * True when a heading covers {@code [begin, end)}. Headings are lines, so they do not overlap
     * and come in text order: the last one starting at or before {@code begin} is the only
     * candidate (a binary search, as a document of many short lines has many headings).
     */
    public boolean inHeading(int begin, int end)
    {
        int low = 0;
        int high = headings.size() - 1;
        int candidate = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (headings.get(middle)[0] <= begin) {
                candidate = middle;
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        return candidate >= 0 && end <= headings.get(candidate)[1];
    }

    /** The end of the dateline that begins at {@code begin} (its closing dash), or -1. */
    public int datelineEnd(int begin)
    {
        return datelines.getOrDefault(begin, -1);
    }
}
