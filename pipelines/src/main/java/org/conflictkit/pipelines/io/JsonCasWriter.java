package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;

/** Writes {@code <id>.json} per document in the UIMA JSON CAS format, with its type system. */
public final class JsonCasWriter
    implements CasWriter
{
    private final Path outputDir;
    private OutputNames names = OutputNames.of(List.of());

    public JsonCasWriter(Path outputDir)
    {
        this.outputDir = outputDir;
    }

    @Override
    public void start(List<String> documentIds, boolean resume)
    {
        names = OutputNames.of(documentIds);
    }

    @Override
    public void write(JCas jcas, String documentId) throws IOException
    {
        AtomicFiles.write(outputDir.resolve(names.of(documentId) + ".json"),
                out -> new JsonCas2Serializer().serialize(jcas.getCas(), out));
    }

    /** Complete when the document's JSON file is there (files are written whole or not at all). */
    @Override
    public boolean isComplete(String documentId)
    {
        return Files.isRegularFile(outputDir.resolve(names.of(documentId) + ".json"));
    }
}
