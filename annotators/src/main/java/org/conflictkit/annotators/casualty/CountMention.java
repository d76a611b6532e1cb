package org.conflictkit.annotators.casualty;

/**
 * A candidate casualty count in a sentence: a number phrase with the noun phrase it counts, in
 * token indices. The candidate stage fills in what the phrase says; the status rules add the
 * status and the name of the rule that decided it.
 */
final class CountMention
{
    static final String VAGUE = "VAGUE";
    static final String EXACT = "EXACT";

    /** First token of the span (the qualifier, the number or the article). */
    final int first;
    /** Token after the number phrase. */
    final int numberEnd;
    /** The count; -1 when vague. */
    final long count;
    final String qualifier;

    /** Token after the span. */
    int end;
    /** Where a predicate that gives the status may start ("12 soldiers | were killed"). */
    int predicateStart;
    /** The victim head noun, tokens {@code [victimStart, victimEnd)}; -1 when none. */
    int victimStart = -1;
    int victimEnd = -1;
    /** The status the victim noun itself carries ("martyrs", "of the injured"), or null. */
    String victimStatus;
    String victimStatusWord;
    /** The status said inside the phrase ("four deaths", "16 wounded soldiers"), or null. */
    String phraseStatus;
    String phraseStatusWord;
    /** "5 of whom were children": the count is part of an earlier count. */
    boolean partitivePronoun;
    /** The span ends with its status word used as a noun ("three dead"). */
    boolean nominal;

    String status;
    /** After the predicate that gave the status ("3 were killed | on Monday"); -1 if none. */
    int statusEnd = -1;
    String provenance;

    CountMention(int first, int numberEnd, long count, String qualifier)
    {
        this.first = first;
        this.numberEnd = numberEnd;
        this.count = count;
        this.qualifier = qualifier;
        this.end = numberEnd;
        this.predicateStart = numberEnd;
    }

    boolean isBare()
    {
        return victimStart < 0 && phraseStatus == null;
    }
}
