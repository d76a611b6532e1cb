package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.conflictkit.type.SpeechEvent;

/**
 * The reported-clause regions of one unit's speech events, sorted by their start, to find the
 * shortest region that holds a quote without comparing the quote with every event: the search
 * walks back from the quote's start and stops as soon as no earlier region can reach the quote's
 * end or be shorter than the best found. Among regions of equal length the earliest event (its
 * clause before the cue first) wins.
 */
final class ReportRegions
{
    private record Region(int begin, int end, int order, SpeechEvent event)
    {
    }

    private final Region[] regions;
    /** The furthest end among the regions up to each index. */
    private final int[] furthestEnd;

    /**
     * The regions of the events, in text order, with a cue ({@code withCue}) or without
     * ("according to").
     */
    ReportRegions(List<SpeechEvent> events, boolean withCue)
    {
        List<Region> found = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            SpeechEvent e = events.get(k);
            if ((e.getCue() != null) != withCue) {
                continue;
            }
            if (e.getBeforeEnd() > e.getBeforeBegin()) {
                found.add(new Region(e.getBeforeBegin(), e.getBeforeEnd(), 2 * k, e));
            }
            if (e.getAfterEnd() > e.getAfterBegin()) {
                found.add(new Region(e.getAfterBegin(), e.getAfterEnd(), 2 * k + 1, e));
            }
        }
        found.sort(Comparator.comparingInt(Region::begin));
        regions = found.toArray(Region[]::new);
        furthestEnd = new int[regions.length];
        for (int i = 0; i < regions.length; i++) {
            furthestEnd[i] = Math.max(regions[i].end(), i > 0 ? furthestEnd[i - 1] : -1);
        }
    }

    /** The event whose region holds [begin, end), shortest first; null when none does. */
    SpeechEvent holding(int begin, int end)
    {
        Region best = null;
        for (int i = lastStartingAtOrBefore(begin); i >= 0 && furthestEnd[i] >= end; i--) {
            Region r = regions[i];
            if (best != null && end - r.begin() > best.end() - best.begin()) {
                break; // every earlier region holding the quote is longer
            }
            if (r.end() >= end && (best == null || shorter(r, best))) {
                best = r;
            }
        }
        return best == null ? null : best.event();
    }

    private static boolean shorter(Region a, Region b)
    {
        int lengthA = a.end() - a.begin();
        int lengthB = b.end() - b.begin();
        return lengthA < lengthB || lengthA == lengthB && a.order() < b.order();
    }

    private int lastStartingAtOrBefore(int position)
    {
        int low = 0;
        int high = regions.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (regions[mid].begin() <= position) {
                found = mid;
                low = mid + 1;
            }
            else {
                high = mid - 1;
            }
        }
        return found;
    }
}
