package org.conflictkit.pipelines.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.conflictkit.pipelines.report.ReportCasWriter;

/** The output formats of {@code annotate --format}. */
public enum OutputFormat
{
    /** UIMA XMI, one {@code <id>.xmi} per document, plus {@code TypeSystem.xml}. */
    XMI("xmi", XmiCasWriter::new),
    /** UIMA JSON CAS (readable by DKPro Cassis), one {@code <id>.json} per document. */
    JSON("json", JsonCasWriter::new),
    /** Every annotation as a row of {@link AnnotationTable}: {@code annotations.csv}. */
    CSV("csv", TableCasWriter::csv),
    /** The same table tab-separated: {@code annotations.tsv}. */
    TSV("tsv", TableCasWriter::tsv),
    /** A keyword-in-context concordance per type: {@code kwic-<Type>.tsv}. */
    KWIC("kwic", KwicCasWriter::new),
    /** Corpus Workbench vertical text, registry entry and indexing script. */
    VRT("vrt", VrtCasWriter::new, true),
    /** {@code report.html} with inline SVG charts, {@code summary.json} and {@code summary.md}. */
    REPORT("report", ReportCasWriter::new);

    private final String id;
    private final Function<Path, CasWriter> factory;
    private final boolean linguistic;

    OutputFormat(String id, Function<Path, CasWriter> factory)
    {
        this(id, factory, false);
    }

    OutputFormat(String id, Function<Path, CasWriter> factory, boolean linguistic)
    {
        this.id = id;
        this.factory = factory;
        this.linguistic = linguistic;
    }

    /** Whether the format shows part-of-speech tags and lemmas, so the run needs that stage. */
    public boolean linguistic()
    {
        return linguistic;
    }

    public String id()
    {
        return id;
    }

    /** A writer of this format into an output folder. */
    public CasWriter writer(Path outputDir)
    {
        return factory.apply(outputDir);
    }

    /** The format ids, comma-separated, for help texts and messages. */
    public static String ids()
    {
        return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
    }

    public static OutputFormat of(String id)
    {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown format '"
                        + id + "'; known formats: " + ids()));
    }
}
