package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCasWriterTest
{
    @Test
    void csvIsReadBackByACsvParserWithQuotedCommasQuotesAndTheHeader(@TempDir Path dir)
        throws Exception
    {
        WriterTesting.writeAll(TableCasWriter.csv(dir), Map.of("strike", SampleDocuments.strike()));

        List<CSVRecord> records = parse(dir.resolve("annotations.csv"), CSVFormat.RFC4180);

        assertEquals(AnnotationTable.columnNames(), records.get(0).toList());
        assertEquals(7, records.size());
        CSVRecord weapon = records.get(1);
        assertEquals("Shahed drones", weapon.get(4));
        assertEquals("lexicon \"drones.txt\", line 3", weapon.get(24));
        assertEquals("Forces fired 12 Shahed drones at Dnipro overnight.", weapon.get(25));
        CSVRecord quote = records.get(4);
        assertEquals(List.of("strike", "Quote", "Two civilians were killed,", "Anna Koval", "true"),
                List.of(quote.get(0), quote.get(1), quote.get(4), quote.get(21), quote.get(22)));
    }

    @Test
    void tsvHasTheSameRowsTabSeparated(@TempDir Path dir) throws Exception
    {
        WriterTesting.writeAll(TableCasWriter.tsv(dir), Map.of("strike", SampleDocuments.strike()));

        List<CSVRecord> records = parse(dir.resolve("annotations.tsv"), CSVFormat.TDF);

        assertEquals(AnnotationTable.columnNames(), records.get(0).toList());
        assertEquals(List.of("strike", "Location", "33", "39", "Dnipro"),
                records.get(3).toList().subList(0, 5));
        assertEquals(List.of("CITY", "UA", "48.45", "34.98", "709930"),
                records.get(3).toList().subList(12, 17));
    }

    @Test
    void documentsWrittenFromManyThreadsComeOutWholeAndInInputOrder(@TempDir Path dir)
        throws Exception
    {
        Map<String, JCas> documents = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            documents.put(String.format("doc-%02d", i), SampleDocuments.strike());
        }
        TableCasWriter writer = TableCasWriter.csv(dir);
        List<String> inputOrder = new ArrayList<>(documents.keySet());
        Collections.reverse(inputOrder);
        writer.start(inputOrder, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        documents.forEach((id, jcas) -> writes.add(pool.submit(() -> {
            writer.write(jcas, id);
            return null;
        })));
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();
        writer.close();

        List<String> documentColumn = parse(dir.resolve("annotations.csv"), CSVFormat.RFC4180)
                .stream().skip(1).map(r -> r.get(0)).toList();
        List<String> expected = new ArrayList<>();
        inputOrder.forEach(id -> expected.addAll(List.of(id, id, id, id, id, id)));
        assertEquals(expected, documentColumn);
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    static List<CSVRecord> parse(Path file, CSVFormat format) throws Exception
    {
        try (Reader reader = Files.newBufferedReader(file)) {
            return format.parse(reader).getRecords();
        }
    }
}
