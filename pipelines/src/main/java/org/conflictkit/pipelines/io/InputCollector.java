package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into documents: a file is one document, a folder
 * gives every {@code .txt} file below it in name order. Problems (missing paths, two documents
 * with the same id) are collected, one line each, so that the other documents still run.
 */
public final class InputCollector
{
    /** The documents found and the problems met, one line each naming the path. */
    public record Inputs(List<SourceDocument> documents, List<String> problems)
    {
    }

    private InputCollector()
    {
    }

    public static Inputs collect(List<Path> paths)
    {
        List<SourceDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path path : paths) {
            List<SourceDocument> found = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt"))
                            .sorted().forEach(p -> found.add(TextFileDocument.of(p)));
                }
                catch (IOException e) {
                    problems.add(path + ": cannot list the folder (" + e.getMessage() + ")");
                }
                if (found.isEmpty()) {
                    problems.add(path + ": no .txt files in this folder");
                }
            }
            else if (Files.isRegularFile(path)) {
                found.add(TextFileDocument.of(path));
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
        return new Inputs(documents, problems);
    }
}
