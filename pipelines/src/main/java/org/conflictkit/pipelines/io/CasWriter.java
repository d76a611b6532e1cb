package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.util.List;

import org.apache.uima.jcas.JCas;

/**
 * Writes annotated documents in one output format. The runner calls {@link #start} once, then
 * {@link #write} from several threads at once, then {@link #close} after the last document, for
 * formats that summarise a whole run.
 */
public interface CasWriter
    extends AutoCloseable
{
    /**
     * Called before the first document with the ids of every document of the run, in input
     * order, including those a resumed run skips.
     *
     * @param resume
     *            true when complete outputs of an earlier run into the same folder are kept.
     */
    default void start(List<String> documentIds, boolean resume) throws IOException
    {
        // Per-document formats need neither the list nor a clean slate.
    }

    void write(JCas jcas, String documentId) throws IOException;

    /** True when an earlier run left this document's output complete, so a resumed run may skip it. */
    boolean isComplete(String documentId);

    @Override
    default void close() throws IOException
    {
        // Per-document formats have nothing left to write.
    }
}
