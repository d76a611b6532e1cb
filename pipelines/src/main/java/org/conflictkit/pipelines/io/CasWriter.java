package org.conflictkit.pipelines.io;

import java.io.IOException;

import org.apache.uima.jcas.JCas;

/**
 * Writes annotated documents in one output format. {@link #write} is called from several threads
 * at once; {@link #close} after the last document, for formats that summarise a whole run.
 */
public interface CasWriter
    extends AutoCloseable
{
    void write(JCas jcas, String documentId) throws IOException;

    @Override
    default void close() throws IOException
    {
        // Per-document formats have nothing left to write.
    }
}
