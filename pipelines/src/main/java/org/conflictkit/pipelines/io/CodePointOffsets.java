package org.conflictkit.pipelines.io;

/**
 * Turns UIMA offsets (UTF-16 code units, as Java strings count) into Unicode code point offsets,
 * as Python, R and pandas slice text. Offsets are asked for in increasing order of begin, so a
 * document is walked once.
 */
final class CodePointOffsets
{
    private final String text;
    private int lastUnits;
    private int lastCodePoints;

    CodePointOffsets(String text)
    {
        this.text = text;
    }

    /** The code point offset of a UTF-16 offset at or after the previous begin asked for. */
    int begin(int units)
    {
        if (units < lastUnits) {
            lastUnits = 0;
            lastCodePoints = 0;
        }
        lastCodePoints += text.codePointCount(lastUnits, units);
        lastUnits = units;
        return lastCodePoints;
    }

    /** The code point offset of an end, given the begin just asked for. */
    int end(int units)
    {
        return lastCodePoints + text.codePointCount(lastUnits, units);
    }
}
