package org.conflictkit.pipelines.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports the progress of a batch run: a redrawn bar with documents per second and an ETA on a
 * terminal, a plain line every few seconds otherwise (logs, CI). Silent for runs shorter than
 * that interval. Workers count their documents without a lock; only the thread that finds the
 * interval over draws the line.
 */
public final class Progress
{
    private static final long TERMINAL_INTERVAL_MS = 200;
    private static final long PLAIN_INTERVAL_MS = 10_000;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicLong lastReport = new AtomicLong(System.currentTimeMillis());
    private final AtomicInteger done = new AtomicInteger();
    private boolean drawn;

    public Progress(PrintStream out, boolean terminal, int total)
    {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** A reporter to standard error, drawing a bar when a person watches the console. */
    public static Progress toConsole(int total)
    {
        return new Progress(System.err, System.console() != null, total);
    }

    public void documentDone()
    {
        done.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastReport.get();
        if (now - last >= (terminal ? TERMINAL_INTERVAL_MS : PLAIN_INTERVAL_MS)
                && lastReport.compareAndSet(last, now)) {
            report();
        }
    }

    /** Ends the bar's line so that the summary starts on a fresh one. */
    public synchronized void finish()
    {
        if (drawn) {
            report();
            out.println();
        }
    }

    private synchronized void report()
    {
        int count = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? count / seconds : 0;
        long eta = rate > 0 ? Math.round((total - count) / rate) : 0;
        String figures = String.format(Locale.ROOT, "%d/%d documents, %.1f docs/s, ETA %d:%02d",
                count, total, rate, eta / 60, eta % 60);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * count / total);
            out.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + figures
                    + "   ");
            drawn = true;
        }
        else {
            out.println("progress: " + figures);
        }
        out.flush();
    }
}
