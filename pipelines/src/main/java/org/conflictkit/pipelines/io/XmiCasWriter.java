package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.TypeSystemUtil;

/**
 * Writes {@code <id>.xmi} per document and, with the first document, {@code TypeSystem.xml}: the
 * type system of the run, which INCEpTION and DKPro Cassis read as it is.
 */
public final class XmiCasWriter
    implements CasWriter
{
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    private final Path outputDir;
    private OutputNames names = OutputNames.of(List.of());
    private final AtomicBoolean typeSystemWritten = new AtomicBoolean();

    public XmiCasWriter(Path outputDir)
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
        if (typeSystemWritten.compareAndSet(false, true)) {
            writeTypeSystem(jcas, outputDir.resolve(TYPE_SYSTEM_FILE));
        }
        AtomicFiles.write(outputDir.resolve(names.of(documentId) + ".xmi"),
                out -> XmiCasSerializer.serialize(jcas.getCas(), out));
    }

    /** Complete when the document's XMI and the type system to read it are there. */
    @Override
    public boolean isComplete(String documentId)
    {
        return Files.isRegularFile(outputDir.resolve(names.of(documentId) + ".xmi"))
                && Files.isRegularFile(outputDir.resolve(TYPE_SYSTEM_FILE));
    }

    public static void writeTypeSystem(JCas jcas, Path target) throws IOException
    {
        AtomicFiles.write(target, out -> TypeSystemUtil
                .typeSystem2TypeSystemDescription(jcas.getTypeSystem()).toXML(out));
    }
}
