package org.conflictkit.spark;

import java.io.Serializable;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** What the partitions did, summed on the driver: documents, failures, annotations, tokens. */
record RunCounters(LongAccumulator documents, LongAccumulator failures,
        LongAccumulator annotations, LongAccumulator tokens)
    implements Serializable
{
    static RunCounters register(SparkContext context)
    {
        return new RunCounters(context.longAccumulator("documents"),
                context.longAccumulator("failed documents"), context.longAccumulator("annotations"),
                context.longAccumulator("tokens"));
    }
}
