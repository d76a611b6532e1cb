package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * An XMI file to annotate again, e.g. exported from a workbench: its text, metadata and
 * annotation layers are kept; the pipeline replaces the layers its engines make
 * ({@link LayerReplacer}). Types the pipeline does not know are kept
 * when the folder of the XMI file has the type system that describes them
 * ({@value XmiCasWriter#TYPE_SYSTEM_FILE} or {@code typesystem.xml}); otherwise they are dropped.
 * The id is the file's path below the folder given, or its name, without {@code .xmi}.
 */
public record XmiDocument(String id, Path path)
    implements SourceDocument
{
    private static final List<String> TYPE_SYSTEM_FILES = List.of(XmiCasWriter.TYPE_SYSTEM_FILE,
            "typesystem.xml");

    /**
     * @param root
     *            the folder given on the command line, or the file itself.
     */
    public static XmiDocument of(Path root, Path path)
    {
        return new XmiDocument(TextFileDocument.idOf(root, path, ".xmi"), path);
    }

    /** The type system file beside an XMI file, if there is one. */
    public static Optional<Path> typeSystemBeside(Path xmi)
    {
        Path folder = xmi.toAbsolutePath().getParent();
        return TYPE_SYSTEM_FILES.stream().map(folder::resolve).filter(Files::isRegularFile)
                .findFirst();
    }

    @Override
    public String origin()
    {
        return path.toString();
    }

    @Override
    public void loadInto(JCas jcas) throws InputException
    {
        try (InputStream in = Files.newInputStream(path)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas(), true);
        }
        catch (IOException | SAXException e) {
            throw new InputException("not a readable XMI file (" + e.getMessage() + ")", e);
        }
        if (jcas.getDocumentText() == null || jcas.getDocumentText().isBlank()) {
            throw new InputException("empty document (the XMI has no text)");
        }
        if (jcas.getDocumentLanguage() == null
                || CAS.DEFAULT_LANGUAGE_NAME.equals(jcas.getDocumentLanguage())) {
            jcas.setDocumentLanguage("en");
        }
        if (JCasUtil.select(jcas, DocumentMetaData.class).isEmpty()) {
            DocumentMetaData metadata = DocumentMetaData.create(jcas);
            metadata.setDocumentId(id);
            metadata.setDocumentTitle(id);
            metadata.setDocumentUri(path.toUri().toString());
        }
    }
}
