package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.conflictkit.annotators.quote.ReportParser.Report;
import org.conflictkit.annotators.quote.ReportParser.Span;

/**
 * The reported-clause regions of one paragraph's reports, sorted by their start, to find the
 * shortest region that holds a quote without comparing the quote with every report: the search
 * walks back from the quote's start and stops as soon as no earlier region can reach the quote's
 * end or be shorter than the best found. Among regions of equal length the earliest report (its
 * clause before the cue first) wins.
 */
final class ReportRegions
{
    private record Region(int begin, int end, int order, Report report)
    {
    }

    private final Region[] regions;
    /** The furthest end among the regions up to each index. */
    private final int[] furthestEnd;

    /** The regions of the reports with a cue ({@code withCue}) or without ("according to"). */
    ReportRegions(QuoteUnits d, List<Report> reports, boolean withCue)
    {
        List<Region> found = new ArrayList<>();
        for (int k = 0; k < reports.size(); k++) {
            Report r = reports.get(k);
            if ((r.lemma() != null) != withCue) {
                continue;
            }
            Span[] contents = { r.before(), r.after() };
            for (int part = 0; part < contents.length; part++) {
                if (contents[part] != null) {
                    int[] region = ReportParser.region(d, contents[part]);
                    found.add(new Region(region[0], region[1], 2 * k + part, r));
                }
            }
        }
        found.sort(Comparator.comparingInt(Region::begin));
        regions = found.toArray(Region[]::new);
        furthestEnd = new int[regions.length];
        for (int i = 0; i < regions.length; i++) {
            furthestEnd[i] = Math.max(regions[i].end(), i > 0 ? furthestEnd[i - 1] : -1);
        }
    }

    /** The report whose region holds [begin, end), shortest first; null when none does. */
    Report holding(int begin, int end)
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
        return best == null ? null : best.report();
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
