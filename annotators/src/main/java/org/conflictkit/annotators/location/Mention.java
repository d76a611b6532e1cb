package org.conflictkit.annotators.location;

/** A candidate place name and what the rules decided about it. */
final class Mention
{
    final int first;
    final int last;
    int spanLast;
    final String rule;
    Gazetteer.Entry[] entries;
    PlaceKind wanted;
    boolean headline;
    String evidence;
    String rejected;
    boolean accepted;
    Place place;
    PlaceKind kind;
    String countryCode;
    String resolution;
    /** The position in {@link Document#mentions}. */
    int index;

    Mention(int first, int last, String rule)
    {
        this.first = first;
        this.last = last;
        this.spanLast = last;
        this.rule = rule;
    }

    void reject(String why)
    {
        rejected = why;
    }

    boolean hasKind(PlaceKind kind)
    {
        for (Gazetteer.Entry entry : entries) {
            if (entry.place().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    boolean isCurated()
    {
        for (Gazetteer.Entry entry : entries) {
            if (entry.place().source().startsWith("curated")) {
                return true;
            }
        }
        return false;
    }
}
