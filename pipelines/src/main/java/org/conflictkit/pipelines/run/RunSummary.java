package org.conflictkit.pipelines.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch run did: documents, tokens, annotations per type, failures, documents skipped as
 * complete, the seconds spent creating the engines and the seconds spent annotating, and what the
 * worker threads used: CPU time, bytes allocated and time blocked on locks or waiting.
 */
public final class RunSummary
{
    private int documents;
    private long tokens;
    private final Map<String, Long> annotations = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private double seconds;
    private double startupSeconds;
    private int skipped;
    private long workerCpuNanos;
    private long workerAllocatedBytes;
    private long workerBlockedMillis;

    synchronized void addDocument(long documentTokens, Map<String, Integer> counts)
    {
        documents++;
        tokens += documentTokens;
        counts.forEach((type, n) -> annotations.merge(type, (long) n, Long::sum));
    }

    /** Adds the documents, tokens, annotations and failures one worker gathered on its own. */
    synchronized void merge(RunSummary worker)
    {
        documents += worker.documents;
        tokens += worker.tokens;
        worker.annotations.forEach((type, n) -> annotations.merge(type, n, Long::sum));
        failures.addAll(worker.failures);
    }

    synchronized void addWorkerUsage(long cpuNanos, long allocatedBytes, long blockedMillis)
    {
        workerCpuNanos += cpuNanos;
        workerAllocatedBytes += allocatedBytes;
        workerBlockedMillis += blockedMillis;
    }

    /** Counts a failure: a document, an input that gave no document, or an output file. */
    public synchronized void addFailure(String failure)
    {
        failures.add(failure);
    }

    synchronized void setSeconds(double seconds)
    {
        this.seconds = seconds;
    }

    synchronized void setStartupSeconds(double startupSeconds)
    {
        this.startupSeconds = startupSeconds;
    }

    synchronized void setSkipped(int skipped)
    {
        this.skipped = skipped;
    }

    public synchronized int documents()
    {
        return documents;
    }

    public synchronized long tokens()
    {
        return tokens;
    }

    public synchronized Map<String, Long> annotations()
    {
        return Collections.unmodifiableMap(new TreeMap<>(annotations));
    }

    public synchronized List<String> failures()
    {
        return List.copyOf(failures);
    }

    /** Seconds spent annotating and writing, after the engines were created. */
    public synchronized double seconds()
    {
        return seconds;
    }

    /** Seconds spent creating the engines (loading their lexicons). */
    public synchronized double startupSeconds()
    {
        return startupSeconds;
    }

    /** Documents a resumed run skipped because their outputs were complete. */
    public synchronized int skipped()
    {
        return skipped;
    }

    /** CPU seconds of the worker threads (annotating and writing). */
    public synchronized double workerCpuSeconds()
    {
        return workerCpuNanos / 1e9;
    }

    /** Bytes the worker threads allocated. */
    public synchronized long workerAllocatedBytes()
    {
        return workerAllocatedBytes;
    }

    /**
     * Milliseconds the worker threads spent blocked on a monitor or waiting on a lock; measured
     * only while thread contention monitoring is on (the benchmark turns it on), 0 otherwise.
     */
    public synchronized long workerBlockedMillis()
    {
        return workerBlockedMillis;
    }

    /** The closing summary printed after a run. */
    public synchronized String render()
    {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "%d documents annotated, %d failed, %d tokens in %.1f s (%.1f documents/s, "
                        + "start-up %.1f s)%n",
                documents, failures.size(), tokens, seconds,
                seconds > 0 ? documents / seconds : 0.0, startupSeconds));
        if (skipped > 0) {
            text.append(skipped).append(" documents skipped: their outputs were complete\n");
        }
        annotations.forEach((type, n) -> text.append(String.format(Locale.ROOT, "  %-14s %8d%n",
                type, n)));
        return text.toString();
    }
}
