package org.conflictkit.pipelines.io;

import org.apache.uima.jcas.JCas;

/** One input document: where it comes from, its id, and how to load it into an empty CAS. */
public interface SourceDocument
{
    /** The document id; output files are named after it. */
    String id();

    /** Where the document comes from (a file, or a file and line), for messages. */
    String origin();

    /**
     * Fills an empty CAS with the document's text and metadata.
     *
     * @throws InputException
     *             when the input is unusable (empty, not UTF-8, malformed); the message names the
     *             problem, the caller adds the origin.
     */
    void loadInto(JCas jcas) throws InputException;
}
