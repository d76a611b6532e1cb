package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.apache.uima.jcas.JCas;

/**
 * Keeps, per document, the {@link RunRecord} of the run that made its outputs, as
 * {@code .conflictkit-parts/records/<name>.properties}. It is the last writer of a run: a
 * document's record is written after all its outputs, and a run first deletes the records of the
 * documents it will annotate again, so a record on disk always describes complete outputs. A
 * document is complete for {@code --resume} only when its record names the pipeline and version of
 * the current run; {@link #outdated()} counts the documents whose record named others.
 */
public final class RunRecords
    implements CasWriter
{
    /** Base name no document may take (see {@link OutputNames}). */
    public static final String FILE_STEM = "conflictkit-run";

    private final Path recordsDir;
    private final RunRecord current;
    private OutputNames names = OutputNames.of(List.of());
    private int outdated;

    public RunRecords(Path outputDir, RunRecord current)
    {
        this.recordsDir = outputDir.resolve(RunPartsWriter.PARTS_FOLDER).resolve("records");
        this.current = current;
    }

    @Override
    public void start(List<String> documentIds, boolean resume) throws IOException
    {
        names = OutputNames.of(documentIds);
        for (String id : documentIds) {
            Path file = file(id);
            if (Files.isRegularFile(file)) {
                RunRecord earlier = read(file);
                if (resume && !current.sameMaker(earlier)) {
                    outdated++;
                }
                if (!resume || !current.sameMaker(earlier)) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public void write(JCas jcas, String documentId) throws IOException
    {
        Properties properties = new Properties();
        properties.putAll(current.fields());
        AtomicFiles.write(file(documentId), out -> properties.store(out, null));
    }

    @Override
    public boolean isComplete(String documentId)
    {
        return Files.isRegularFile(file(documentId));
    }

    /** Documents of a resumed run whose outputs an other pipeline or version had made. */
    public int outdated()
    {
        return outdated;
    }

    private Path file(String documentId)
    {
        return recordsDir.resolve(names.of(documentId) + ".properties");
    }

    private static RunRecord read(Path file)
    {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        catch (IOException | IllegalArgumentException e) {
            return null;
        }
        String pipeline = properties.getProperty(RunRecord.PIPELINE);
        String version = properties.getProperty(RunRecord.VERSION);
        String formats = properties.getProperty(RunRecord.FORMATS, "");
        return pipeline == null || version == null ? null
                : new RunRecord(pipeline, version, Arrays.asList(formats.split(",")));
    }
}
