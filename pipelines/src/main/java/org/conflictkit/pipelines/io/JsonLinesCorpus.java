package org.conflictkit.pipelines.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a JSON Lines corpus: one article per line, a JSON object with {@code id} and
 * {@code text} (non-empty strings) and optional {@code title}, {@code date}, {@code source} and
 * {@code url}. Blank lines are ignored. A bad line is one problem naming the file and line; the
 * other lines still become documents. The article's id, as given, becomes the DKPro document id
 * and the {@code document_id} of the tables; {@link OutputNames} derives file names from it. The
 * title and url go to DKPro's DocumentMetaData (title and
 * URI), the date and source to DKPro MetaDataStringFields of those keys.
 */
public final class JsonLinesCorpus
{
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article of a JSON Lines file; its id is kept as given. */
    public record Article(String id, String origin, String text, String title,
            String date, String source, String url)
        implements SourceDocument
    {
        @Override
        public void loadInto(JCas jcas)
        {
            Documents.initialise(jcas, id, url != null ? url : origin, text)
                    .setDocumentTitle(title != null ? title : id);
            Documents.addField(jcas, Documents.DATE, date);
            Documents.addField(jcas, Documents.SOURCE, source);
        }
    }

    private JsonLinesCorpus()
    {
    }

    /** Adds the file's articles to {@code documents} and its bad lines to {@code problems}. */
    public static void read(Path file, List<SourceDocument> documents, List<String> problems)
    {
        int number = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    String origin = file + ":" + number;
                    try {
                        documents.add(article(line, origin));
                    }
                    catch (InputException e) {
                        problems.add(origin + ": " + e.getMessage());
                    }
                }
            }
        }
        catch (CharacterCodingException e) {
            problems.add(file + ": not UTF-8 text after line " + number
                    + "; the lines from there on are not read");
        }
        catch (IOException e) {
            problems.add(file + ": cannot read the JSON Lines file (" + Failures.reason(e) + ")");
        }
    }

    /** One line as an article; {@code origin} names where it comes from, for messages. */
    public static Article article(String line, String origin) throws InputException
    {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        }
        catch (JsonProcessingException e) {
            throw new InputException("not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InputException("not a JSON object");
        }
        String id = field(node, "id", true);
        String text = field(node, "text", true);
        if (text.indexOf('\0') >= 0) {
            throw new InputException("'text' contains NUL characters");
        }
        return new Article(id, origin, text,
                field(node, "title", false), field(node, "date", false),
                field(node, "source", false), field(node, "url", false));
    }

    private static String field(JsonNode article, String name, boolean required)
        throws InputException
    {
        JsonNode value = article.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InputException("missing '" + name + "'");
            }
            return null;
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            if (required) {
                throw new InputException("'" + name + "' must be a non-empty string");
            }
            return null;
        }
        return value.asText();
    }
}
