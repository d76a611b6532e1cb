package org.conflictkit.pipelines.io;

import org.apache.uima.jcas.JCas;

/** A document held in memory, e.g. a copy of an example article in a benchmark corpus. */
public record StringDocument(String id, String origin, String text)
    implements SourceDocument
{
    @Override
    public void loadInto(JCas jcas)
    {
        Documents.initialise(jcas, id, origin, text);
    }
}
