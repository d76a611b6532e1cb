package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Writes a keyword-in-context concordance per annotation type, {@code kwic-<Type>.tsv}
 * (tab-separated, UTF-8, header row): document id, code point offsets, up to {@value #CONTEXT}
 * characters of left context, the match, the right context, the annotation's set features as
 * {@code name=value} pairs, and UIMA's UTF-16 offsets. Line breaks in contexts become spaces, and a context never starts or
 * ends inside a word, so the columns line up in a spreadsheet or with {@code column -t}.
 */
public final class KwicCasWriter
    extends RunPartsWriter
{
    public static final int CONTEXT = 60;
    public static final List<String> HEADER = List.of("document_id", "begin", "end", "left",
            "match", "right", "features", "begin_utf16", "end_utf16");
    private static final CSVFormat FORMAT = TableCasWriter.TSV;

    public KwicCasWriter(Path outputDir)
    {
        super(outputDir, "kwic", ".part");
    }

    /** The concordance file of a type, e.g. {@code kwic-Weapon.tsv}. */
    public static String fileName(String typeShortName)
    {
        return "kwic-" + typeShortName + ".tsv";
    }

    @Override
    protected void writePart(JCas jcas, String documentId, OutputStream out) throws IOException
    {
        String text = jcas.getDocumentText();
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                FORMAT);
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (Annotation annotation : AnnotationTable.ourAnnotations(jcas)) {
            int begin = annotation.getBegin();
            int end = annotation.getEnd();
            printer.printRecord(annotation.getType().getShortName(), documentId,
                    offsets.begin(begin), offsets.end(end), leftContext(text, begin),
                    oneLine(annotation.getCoveredText()), rightContext(text, end),
                    features(annotation), begin, end);
        }
        printer.flush();
    }

    @Override
    protected void finish(List<Path> parts) throws IOException
    {
        Map<String, List<CSVRecord>> byType = new LinkedHashMap<>();
        AnnotationTable.typeNames()
                .forEach(t -> byType.put(AnnotationTable.shortName(t), new ArrayList<>()));
        for (Path part : parts) {
            try (Reader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (CSVRecord record : FORMAT.parse(reader)) {
                    byType.computeIfAbsent(record.get(0), t -> new ArrayList<>()).add(record);
                }
            }
        }
        for (Map.Entry<String, List<CSVRecord>> entry : byType.entrySet()) {
            AtomicFiles.write(outputDir.resolve(fileName(entry.getKey())), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT);
                printer.printRecord(HEADER);
                for (CSVRecord record : entry.getValue()) {
                    printer.printRecord(record.stream().skip(1));
                }
                printer.flush();
            });
        }
    }

    static String leftContext(String text, int begin)
    {
        int from = Math.max(0, begin - CONTEXT);
        String context = text.substring(from, begin);
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            int space = firstWhitespace(context);
            context = space < 0 ? "" : context.substring(space);
        }
        return oneLine(context).strip();
    }

    static String rightContext(String text, int end)
    {
        int to = Math.min(text.length(), end + CONTEXT);
        String context = text.substring(end, to);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            int space = lastWhitespace(context);
            context = space < 0 ? "" : context.substring(0, space);
        }
        return oneLine(context).strip();
    }

    private static String features(Annotation annotation)
    {
        StringJoiner features = new StringJoiner(" ");
        for (AnnotationTable.Column column : AnnotationTable.columns()) {
            if (column.featureName() != null) {
                Object value = AnnotationTable.featureValue(column, annotation);
                if (value != null) {
                    features.add(column.name() + "=" + oneLine(value.toString()));
                }
            }
        }
        return features.toString();
    }

    private static String oneLine(String text)
    {
        return text.replaceAll("\\s+", " ");
    }

    private static int firstWhitespace(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWhitespace(String text)
    {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
