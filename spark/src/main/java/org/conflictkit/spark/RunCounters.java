package org.conflictkit.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the partitions did, gathered on the driver: documents, annotations and tokens counted,
 * and the documents that failed. Failures are rare, so they travel to the driver with the task
 * results instead of taking a second pass over the corpus.
 */
record RunCounters(LongAccumulator documents, LongAccumulator annotations,
        LongAccumulator tokens, CollectionAccumulator<DocumentError> errors)
    implements Serializable
{
    /** A document that failed: its id (null when unknown), where it comes from and why. */
    record DocumentError(String documentId, String origin, String message)
        implements Serializable, Comparable<DocumentError>
    {
        @Override
        public int compareTo(DocumentError other)
        {
            return key().compareTo(other.key());
        }

        private String key()
        {
            return origin + '\0' + documentId + '\0' + message;
        }
    }

    static RunCounters register(SparkContext context)
    {
        return new RunCounters(context.longAccumulator("documents"),
                context.longAccumulator("annotations"), context.longAccumulator("tokens"),
                context.collectionAccumulator("failed documents"));
    }

    /** The failures once each, also when a stage ran again, by origin. */
    List<DocumentError> failures()
    {
        Set<DocumentError> once = new TreeSet<>(errors.value());
        return List.copyOf(once);
    }
}
