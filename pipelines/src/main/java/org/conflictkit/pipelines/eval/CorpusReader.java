package org.conflictkit.pipelines.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a public corpus in its own published format into gold documents. */
interface CorpusReader
{
    /**
     * The gold documents of a file or folder. Problems of single documents or annotations are
     * added to {@code notes}, naming the file and the document, and the rest is read on.
     */
    List<GoldDocument> read(Path path, List<String> notes) throws IOException, GoldFormatException;

    /**
     * The documents of a JSON Lines file, one object a line; a line that is not a document of the
     * corpus is left out with a note naming the file and the line.
     */
    static List<GoldDocument> readJsonLines(Path file, String corpus, List<String> notes,
            Function<JsonNode, GoldDocument> document)
        throws IOException
    {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    documents.add(document.apply(json.readTree(line)));
                }
                catch (IOException | RuntimeException e) {
                    notes.add(file + ": line " + number + " is not a " + corpus + " document ("
                            + e.getMessage() + "), left out");
                }
            }
        }
        return documents;
    }

    /** Java offsets (UTF-16 units) of code point offsets, as Python-made corpora count. */
    static int utf16(String text, int codePoints)
    {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}
