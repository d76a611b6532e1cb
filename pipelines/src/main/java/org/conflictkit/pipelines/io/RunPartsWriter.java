package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;

/**
 * Base of the formats that write one file (or a few) for a whole run. Each document's piece is
 * written whole into its own part file under {@value #PARTS_FOLDER}, so threads never share a
 * stream (nor, mostly, a folder); {@link #close} joins the parts in input order into the final files (temporary file,
 * then rename). A document is complete for {@code --resume} when its part exists. A run without
 * {@code --resume} first deletes the parts of earlier runs.
 */
public abstract class RunPartsWriter
    implements CasWriter
{
    /** Folder of the output folder that keeps the per-document parts between runs. */
    public static final String PARTS_FOLDER = ".conflictkit-parts";
    private static final int SHARDS = 64;

    protected final Path outputDir;
    private final Path partsDir;
    private final String partExtension;
    private List<String> documentIds = List.of();
    private OutputNames names = OutputNames.of(List.of());

    protected RunPartsWriter(Path outputDir, String formatId, String partExtension)
    {
        this.outputDir = outputDir;
        this.partsDir = outputDir.resolve(PARTS_FOLDER).resolve(formatId);
        this.partExtension = partExtension;
    }

    @Override
    public void start(List<String> ids, boolean resume) throws IOException
    {
        documentIds = List.copyOf(ids);
        names = OutputNames.of(ids);
        if (!resume && Files.isDirectory(partsDir)) {
            try (Stream<Path> files = Files.walk(partsDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(partsDir);
    }

    @Override
    public void write(JCas jcas, String documentId) throws IOException
    {
        AtomicFiles.write(partFile(documentId), out -> writePart(jcas, documentId, out));
    }

    @Override
    public boolean isComplete(String documentId)
    {
        return Files.isRegularFile(partFile(documentId));
    }

    @Override
    public void close() throws IOException
    {
        finish(documentIds.stream().map(this::partFile).filter(Files::isRegularFile).toList());
    }

    /** Writes one document's piece. */
    protected abstract void writePart(JCas jcas, String documentId, OutputStream out)
        throws Exception;

    /** Writes the final files from the parts of the documents that succeeded, in input order. */
    protected abstract void finish(List<Path> parts) throws IOException;

    /**
     * A part's file, in one of {@value #SHARDS} subfolders by its name: threads that create files
     * in one folder at once wait for each other on the folder's lock in the kernel.
     */
    private Path partFile(String documentId)
    {
        String name = names.of(documentId);
        return partsDir.resolve(String.format("%02x", Math.floorMod(name.hashCode(), SHARDS)))
                .resolve(name + partExtension);
    }
}
