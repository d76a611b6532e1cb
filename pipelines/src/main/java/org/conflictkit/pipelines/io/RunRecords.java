package org.conflictkit.pipelines.io;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;

/**
 * Keeps, per document, the {@link RunRecord} of the run that made its outputs, as one line of
 * the journal {@code .conflictkit-parts/records.tsv}: the document's output name, pipeline,
 * version and formats, tab-separated. It is the last writer of a run: a document's line is
 * appended after all its outputs are in place, and a run first rewrites the journal without the
 * documents it will annotate again, so a line always describes complete outputs (a line cut short
 * by a crash lacks fields or names a version that does not match, so its document is annotated
 * again). One journal instead of a file per document spares the file system a file creation per
 * document.
 * <p>
 * A document is complete for {@code --resume} only when its line names the pipeline and version of
 * the current run; {@link #outdated()} counts the documents whose line named others.
 */
public final class RunRecords
    implements CasWriter
{
    /** Base name no document may take (see {@link OutputNames}). */
    public static final String FILE_STEM = "conflictkit-run";
    static final String JOURNAL = "records.tsv";

    private final Path journal;
    private final RunRecord current;
    private final Map<String, RunRecord> complete = new LinkedHashMap<>();
    private OutputNames names = OutputNames.of(List.of());
    private OutputStream appender;
    private int outdated;

    public RunRecords(Path outputDir, RunRecord current)
    {
        this.journal = outputDir.resolve(RunPartsWriter.PARTS_FOLDER).resolve(JOURNAL);
        this.current = current;
    }

    @Override
    public void start(List<String> documentIds, boolean resume) throws IOException
    {
        names = OutputNames.of(documentIds);
        if (Files.isRegularFile(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 4) {
                    complete.put(fields[0], new RunRecord(fields[1], fields[2],
                            Arrays.asList(fields[3].split(","))));
                }
            }
        }
        for (String id : documentIds) {
            RunRecord earlier = complete.get(names.of(id));
            if (earlier != null && resume && !current.sameMaker(earlier)) {
                outdated++;
            }
            if (earlier != null && (!resume || !current.sameMaker(earlier))) {
                complete.remove(names.of(id));
            }
        }
        StringBuilder kept = new StringBuilder();
        complete.forEach((name, record) -> kept.append(line(name, record)));
        AtomicFiles.write(journal, out -> out.write(kept.toString().getBytes(
                StandardCharsets.UTF_8)));
        // Unbuffered and not a channel: each line is one write, and an interrupt cannot close it.
        appender = new FileOutputStream(journal.toFile(), true);
    }

    @Override
    public void write(JCas jcas, String documentId) throws IOException
    {
        byte[] line = line(names.of(documentId), current).getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            appender.write(line);
        }
    }

    @Override
    public boolean isComplete(String documentId)
    {
        return complete.containsKey(names.of(documentId));
    }

    /** Documents of a resumed run whose outputs an other pipeline or version had made. */
    public int outdated()
    {
        return outdated;
    }

    @Override
    public synchronized void close() throws IOException
    {
        if (appender != null) {
            appender.close();
        }
    }

    /** Output names are safe file names, so they hold no tab or line break. */
    private static String line(String name, RunRecord record)
    {
        return name + "\t" + record.pipeline() + "\t" + record.version() + "\t"
                + String.join(",", record.formats()) + "\n";
    }
}
