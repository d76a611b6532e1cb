package org.conflictkit.pipelines.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.util.CasCreationUtils;

/**
 * Reads gold documents: {@code .md} files in the corpus's inline markup, and {@code .xmi} files
 * with ConflictKit annotations (for example exported from a workbench after curation); folders
 * give every such file below them, in name order. The public corpora are read by their
 * {@link GoldFormat}.
 */
public final class GoldReader
{
    private GoldReader()
    {
    }

    /**
     * Gold documents, what they annotate, the problems met (files that could not be read) and
     * notes on single annotations left out, one line each naming the file.
     */
    public record GoldSet(List<GoldDocument> documents, GoldScope scope, List<String> problems,
            List<String> notes)
    {
    }

    /** Reads the paths in the given format; {@code null} tells markup and XMI by extension. */
    public static GoldSet read(List<Path> paths, GoldFormat format)
    {
        if (format == null || format.reader() == null) {
            return read(paths);
        }
        List<GoldDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(path + ": no such file or folder");
                continue;
            }
            try {
                documents.addAll(format.reader().read(path, notes));
            }
            catch (GoldFormatException | IOException | RuntimeException e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
        return new GoldSet(documents, format.scope(), problems, notes);
    }

    public static GoldSet read(List<Path> paths)
    {
        List<GoldDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(GoldReader::isGoldFile).sorted().forEach(files::add);
                }
                catch (IOException e) {
                    problems.add(path + ": cannot list the folder (" + e.getMessage() + ")");
                }
                if (files.isEmpty()) {
                    problems.add(path + ": no .md or .xmi gold files in this folder");
                }
            }
            else if (Files.isRegularFile(path)) {
                files.add(path);
            }
            else {
                problems.add(path + ": no such file or folder");
            }
            for (Path file : files) {
                try {
                    documents.add(readFile(file));
                }
                catch (GoldFormatException | IOException | RuntimeException e) {
                    problems.add(file + ": " + e.getMessage());
                }
            }
        }
        return new GoldSet(documents, GoldScope.ALL, problems, List.of());
    }

    private static boolean isGoldFile(Path path)
    {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".md") && !name.equals("README.md")
                || name.endsWith(".xmi"));
    }

    private static GoldDocument readFile(Path file) throws IOException, GoldFormatException
    {
        String name = file.getFileName().toString();
        String id = name.replaceFirst("\\.(md|xmi)$", "");
        if (name.endsWith(".xmi")) {
            return readXmi(file, id);
        }
        return GoldMarkup.parse(Files.readString(file, StandardCharsets.UTF_8), id);
    }

    private static GoldDocument readXmi(Path file, String id) throws IOException, GoldFormatException
    {
        try (InputStream in = Files.newInputStream(file)) {
            CAS cas = CasCreationUtils.createCas(
                    TypeSystemDescriptionFactory.createTypeSystemDescription(), null, null);
            XmiCasDeserializer.deserialize(in, cas, true);
            if (cas.getDocumentText() == null) {
                throw new GoldFormatException("XMI without document text");
            }
            return new GoldDocument(id, cas.getDocumentText(), CasAnnotations.of(cas));
        }
        catch (org.xml.sax.SAXException e) {
            throw new GoldFormatException("not a valid XMI file (" + e.getMessage() + ")");
        }
        catch (org.apache.uima.resource.ResourceInitializationException e) {
            throw new IOException("cannot create a CAS: " + e.getMessage(), e);
        }
    }
}
