package org.conflictkit.pipelines.eval;

import java.util.Map;

/**
 * An annotation as the evaluation sees it, gold or predicted: type short name, offsets, covered
 * text and feature values (String, Integer, Boolean or Float). A Quote's {@code speaker} feature
 * holds the attributed speaker's name, or its covered text when it has no name.
 */
public record EvalAnnotation(String type, int begin, int end, String text,
        Map<String, Object> features)
{
    public Object feature(String name)
    {
        return features.get(name);
    }

    public boolean overlaps(EvalAnnotation other)
    {
        return begin < other.end && other.begin < end;
    }

    public int overlap(EvalAnnotation other)
    {
        return Math.min(end, other.end) - Math.max(begin, other.begin);
    }
}
