package org.conflictkit.pipelines.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

/**
 * The CPU time, allocated bytes and blocked or waiting time of the current thread since
 * {@link #start}, from the JVM's thread bean (allocation counting is on by default in HotSpot;
 * blocked and waiting times only while thread contention monitoring is on).
 */
final class WorkerUsage
{
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long cpuNanos;
    private final long allocatedBytes;
    private final long blockedMillis;

    private WorkerUsage(long cpuNanos, long allocatedBytes, long blockedMillis)
    {
        this.cpuNanos = cpuNanos;
        this.allocatedBytes = allocatedBytes;
        this.blockedMillis = blockedMillis;
    }

    static WorkerUsage start()
    {
        return new WorkerUsage(THREADS.getCurrentThreadCpuTime(),
                THREADS.getCurrentThreadAllocatedBytes(), blockedMillis());
    }

    /** Adds what the current thread used since {@link #start} to the summary. */
    void addTo(RunSummary summary)
    {
        summary.addWorkerUsage(THREADS.getCurrentThreadCpuTime() - cpuNanos,
                THREADS.getCurrentThreadAllocatedBytes() - allocatedBytes,
                blockedMillis() - blockedMillis);
    }

    private static long blockedMillis()
    {
        ThreadInfo info = THREADS.getThreadInfo(Thread.currentThread().getId());
        return Math.max(0, info.getBlockedTime()) + Math.max(0, info.getWaitedTime());
    }
}
