package org.conflictkit.spark;

import org.apache.spark.sql.Row;
import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.io.Documents;
import org.conflictkit.pipelines.io.InputException;
import org.conflictkit.pipelines.io.JsonLinesCorpus;
import org.conflictkit.pipelines.io.SourceDocument;
import org.conflictkit.pipelines.io.TextFileDocument;

/**
 * A row of a {@link Corpus} turned into a document inside the partition, with the same checks
 * and metadata as {@code conflictkit annotate}: a text file's bytes ({@link #CONTENT}) are
 * decoded as strict UTF-8, a JSON line ({@link #LINE}) is read by {@link JsonLinesCorpus}.
 */
final class CorpusDocument
{
    static final String ORIGIN = "origin";
    static final String CONTENT = "content";
    static final String LINE = "line";

    private CorpusDocument()
    {
    }

    /**
     * @throws InputException
     *             when a JSON line is unusable; the document id is unknown then.
     */
    static SourceDocument of(Row row) throws InputException
    {
        String origin = row.getAs(ORIGIN);
        String line = row.getAs(LINE);
        if (line != null) {
            return JsonLinesCorpus.article(line, origin);
        }
        return new TextBytes(textFileId(origin), origin, row.getAs(CONTENT));
    }

    /** The file name without {@code .txt}, as for a text file given to {@code annotate}. */
    static String textFileId(String path)
    {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private record TextBytes(String id, String origin, byte[] content)
        implements SourceDocument
    {
        @Override
        public void loadInto(JCas jcas) throws InputException
        {
            Documents.initialise(jcas, id, origin, TextFileDocument.decodeUtf8(content));
        }
    }
}
