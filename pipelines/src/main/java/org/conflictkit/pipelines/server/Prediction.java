package org.conflictkit.pipelines.server;

/**
 * One suggestion for INCEpTION: a span, its label and why it was made (shown to the annotator as
 * the score explanation).
 */
public record Prediction(int begin, int end, String label, String explanation)
{
}
