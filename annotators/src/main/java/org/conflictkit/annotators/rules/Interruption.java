package org.conflictkit.annotators.rules;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;

/**
 * How the engines stop work on a document when the thread running them is interrupted: a batch
 * run's watchdog interrupts a worker whose document goes over the time limit, and the
 * recommender cancels a request that goes over its time. Every loop of an engine whose time grows
 * with the text calls {@link #check()} once per step: a token of the candidate scans (a "sentence"
 * may be a whole page), a line, a candidate, a quote or a speaker mention, so that a document of
 * any size, or one enormous sentence, stops within the time of one step. A check costs one read
 * of the thread's interrupt flag.
 */
public final class Interruption
{
    private Interruption()
    {
    }

    /**
     * Fails the document when the current thread is interrupted. The interrupt stays set: it
     * belongs to whoever interrupted the thread, who clears it when the document is given up.
     */
    public static void check() throws AnalysisEngineProcessException
    {
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisEngineProcessException(
                    new InterruptedException("annotation interrupted"));
        }
    }
}
