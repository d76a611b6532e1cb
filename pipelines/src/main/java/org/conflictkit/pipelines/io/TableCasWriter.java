package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.jcas.JCas;

/**
 * Writes every annotation of the run as one row of {@link AnnotationTable} into one file,
 * {@code annotations.csv} (RFC 4180) or {@code annotations.tsv} (tab-separated), UTF-8, with a
 * header row. Rows follow the input order of the documents, then text order.
 */
public final class TableCasWriter
    extends RunPartsWriter
{
    /** CSV with a header, quoting only the values that need it. */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .build();
    /** Tab-separated, quoting values that hold tabs, quotes or line breaks. */
    public static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator("\n").build();

    private final CSVFormat format;
    private final String fileName;

    private TableCasWriter(Path outputDir, String formatId, CSVFormat format)
    {
        super(outputDir, formatId, ".part");
        this.format = format;
        this.fileName = "annotations." + formatId;
    }

    public static TableCasWriter csv(Path outputDir)
    {
        return new TableCasWriter(outputDir, "csv", CSV);
    }

    public static TableCasWriter tsv(Path outputDir)
    {
        return new TableCasWriter(outputDir, "tsv", TSV);
    }

    @Override
    protected void writePart(JCas jcas, String documentId, OutputStream out) throws IOException
    {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (List<Object> row : AnnotationTable.rows(jcas, documentId)) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    @Override
    protected void finish(List<Path> parts) throws IOException
    {
        AtomicFiles.write(outputDir.resolve(fileName), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new CSVPrinter(writer, format).printRecord(AnnotationTable.columnNames());
            writer.flush();
            for (Path part : parts) {
                Files.copy(part, out);
            }
        });
    }
}
