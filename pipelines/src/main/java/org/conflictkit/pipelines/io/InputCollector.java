package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Turns the paths given on the command line into documents. A file is read in the format its
 * extension names ({@code .txt} text, {@code .jsonl}/{@code .ndjson} JSON Lines, {@code .xmi}
 * XMI; text for other extensions), or in the format given; a folder gives every file below it
 * in one of the known formats (or in the format given), in name order. Problems (missing paths,
 * bad JSON lines, two documents with the same id) are reported, one error line each, and
 * collected for the run's summary, so that the other documents still run.
 */
public final class InputCollector
{
    /**
     * The documents found, the problems met (one line each naming the path), and the type systems
     * read from beside XMI inputs, by file.
     */
    public record Inputs(List<SourceDocument> documents, List<String> problems,
            Map<Path, TypeSystemDescription> typeSystems)
    {
    }

    private InputCollector()
    {
    }

    /**
     * The documents of the paths; every problem is also printed as an {@code error:} line.
     *
     * @param format
     *            the format of every input, or null to choose by extension.
     */
    public static Inputs collect(List<Path> paths, InputFormat format, PrintWriter err)
    {
        List<SourceDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<Path, TypeSystemDescription> typeSystems = new LinkedHashMap<>();
        Map<Path, String> badTypeSystems = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (Path path : paths) {
            List<SourceDocument> found = new ArrayList<>();
            if (Files.isDirectory(path)) {
                List<Path> files = List.of();
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(p -> Files.isRegularFile(p) && (format != null
                            ? format.matches(p) : InputFormat.byExtension(p).isPresent()))
                            .sorted().toList();
                }
                catch (IOException e) {
                    problems.add(path + ": cannot list the folder (" + e.getMessage() + ")");
                }
                if (files.isEmpty()) {
                    problems.add(path + ": no " + (format != null ? format.extensions()
                            : "known input") + " files in this folder");
                }
                files.forEach(f -> read(path, f, format, found, problems, typeSystems, badTypeSystems));
            }
            else if (Files.isRegularFile(path)) {
                read(path, path, format, found, problems, typeSystems, badTypeSystems);
            }
            else {
                problems.add(path + ": no such file or folder");
            }
            for (SourceDocument document : found) {
                String earlier = seen.putIfAbsent(document.id(), document.origin());
                if (earlier != null) {
                    problems.add(document.origin() + ": same document id '" + document.id()
                            + "' as " + earlier + "; skipped so its output does not overwrite it");
                }
                else {
                    documents.add(document);
                }
            }
        }
        problems.forEach(p -> err.println("error: " + p));
        return new Inputs(documents, problems, typeSystems);
    }

    private static void read(Path root, Path file, InputFormat format, List<SourceDocument> documents,
            List<String> problems, Map<Path, TypeSystemDescription> typeSystems,
            Map<Path, String> badTypeSystems)
    {
        InputFormat chosen = format != null ? format
                : InputFormat.byExtension(file).orElse(InputFormat.TXT);
        switch (chosen) {
        case JSONL:
            JsonLinesCorpus.read(file, documents, problems);
            break;
        case XMI:
            Optional<Path> typeSystem = XmiDocument.typeSystemBeside(file);
            String problem = typeSystem.map(t -> readTypeSystem(t, typeSystems, badTypeSystems))
                    .orElse(null);
            if (problem != null) {
                problems.add(file + ": " + problem);
            }
            else {
                documents.add(XmiDocument.of(root, file));
            }
            break;
        default:
            documents.add(TextFileDocument.of(root, file));
        }
    }

    /** Reads a type system once; returns the problem, or null when it is readable. */
    private static String readTypeSystem(Path file, Map<Path, TypeSystemDescription> typeSystems,
            Map<Path, String> badTypeSystems)
    {
        if (typeSystems.containsKey(file)) {
            return null;
        }
        return badTypeSystems.computeIfAbsent(file, f -> {
            try {
                TypeSystemDescription description = UIMAFramework.getXMLParser()
                        .parseTypeSystemDescription(new XMLInputSource(f.toFile()));
                description.resolveImports();
                typeSystems.put(f, description);
                return null;
            }
            catch (InvalidXMLException | IOException e) {
                return "the type system beside it, " + f.getFileName()
                        + ", is not a readable UIMA type system (" + Failures.reason(e) + ")";
            }
        });
    }
}
