package org.conflictkit.annotators.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the engines decided about their candidates while a document is explained: each
 * candidate's span, whether it was accepted or rejected, and the rule that decided, in the
 * provenance grammar. Engines record their rejections; what they accepted is in the CAS, each
 * annotation with its provenance. Engines ask {@link #active()} once per document and record only when it
 * is not null, so an ordinary run pays one thread-local read per engine and document.
 * {@link #record} opens the log for the pipeline run on the calling thread (uimaFIT's
 * {@code SimplePipeline} runs every engine on it).
 */
public final class DecisionLog
{
    /** What a rule decided about a candidate. */
    public enum Verdict
    {
        ACCEPTED, REJECTED
    }

    /** One decision about the candidate at {@code [begin, end)}; {@code rule} is a provenance. */
    public record Decision(int begin, int end, Verdict verdict, String rule)
    {
    }

    /** A pipeline run whose decisions are wanted. */
    @FunctionalInterface
    public interface Run
    {
        void run() throws Exception;
    }

    private static final ThreadLocal<DecisionLog> ACTIVE = new ThreadLocal<>();

    private final List<Decision> decisions = new ArrayList<>();

    private DecisionLog()
    {
    }

    /** The log of the run being explained on this thread, or null in an ordinary run. */
    public static DecisionLog active()
    {
        return ACTIVE.get();
    }

    /** Runs {@code run} with a log open on this thread; returns what the engines recorded. */
    public static List<Decision> record(Run run) throws Exception
    {
        DecisionLog log = new DecisionLog();
        ACTIVE.set(log);
        try {
            run.run();
        }
        finally {
            ACTIVE.remove();
        }
        return Collections.unmodifiableList(log.decisions);
    }

    /** A candidate at {@code [begin, end)} that {@code rule} rejected. */
    public void rejected(int begin, int end, Provenance rule)
    {
        decisions.add(new Decision(begin, end, Verdict.REJECTED, rule.toString()));
    }
}
