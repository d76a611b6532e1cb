package org.conflictkit.pipelines.server;

/**
 * One suggestion for INCEpTION: a span, its label, why it was made (shown to the annotator as
 * the score explanation) and how likely it is right ({@link RuleScores}).
 */
public record Prediction(int begin, int end, String label, String explanation, double score)
{
}
