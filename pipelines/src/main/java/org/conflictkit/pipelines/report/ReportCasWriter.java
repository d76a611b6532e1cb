package org.conflictkit.pipelines.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.io.AtomicFiles;
import org.conflictkit.pipelines.io.RunPartsWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the figures of a run: {@code report.html} (one self-contained page with inline SVG
 * charts, a world map and per-document tables), {@code summary.json} and {@code summary.md}
 * (the same figures for scripts and for reading). Each document's figures are kept as a part,
 * so a resumed run still reports on the whole corpus.
 */
public final class ReportCasWriter
    extends RunPartsWriter
{
    public static final String REPORT_FILE = "report.html";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String SUMMARY_MARKDOWN = "summary.md";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public ReportCasWriter(Path outputDir)
    {
        super(outputDir, "report", ".json");
    }

    @Override
    protected void writePart(JCas jcas, String documentId, OutputStream out) throws IOException
    {
        JSON.writeValue(out, DocumentFigures.of(jcas, documentId));
    }

    @Override
    protected void finish(List<Path> parts) throws IOException
    {
        List<DocumentFigures> documents = new ArrayList<>();
        for (Path part : parts) {
            documents.add(JSON.readValue(part.toFile(), DocumentFigures.class));
        }
        CorpusFigures figures = CorpusFigures.of(documents);
        AtomicFiles.write(outputDir.resolve(SUMMARY_JSON), out -> JSON.writeValue(out, figures));
        write(outputDir.resolve(SUMMARY_MARKDOWN), figures.toMarkdown());
        write(outputDir.resolve(REPORT_FILE), HtmlReport.render(figures));
    }

    private static void write(Path target, String text) throws IOException
    {
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
