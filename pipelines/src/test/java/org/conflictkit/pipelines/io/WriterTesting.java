package org.conflictkit.pipelines.io;

import java.util.ArrayList;
import java.util.Map;

import org.apache.uima.jcas.JCas;

/** Runs a writer over documents the way the batch runner does: start, write each, close. */
final class WriterTesting
{
    private WriterTesting()
    {
    }

    static void writeAll(CasWriter writer, Map<String, JCas> documents) throws Exception
    {
        writer.start(new ArrayList<>(documents.keySet()), false);
        for (Map.Entry<String, JCas> document : documents.entrySet()) {
            writer.write(document.getValue(), document.getKey());
        }
        writer.close();
    }
}
