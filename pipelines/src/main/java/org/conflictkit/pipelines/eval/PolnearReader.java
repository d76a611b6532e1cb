package org.conflictkit.pipelines.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR attributions: a split folder with {@code text/NAME.txt} and brat standoff files
 * {@code attributions/NAME_ANNOTATOR.ann} of Source, Cue and Content spans joined by Attribution
 * events. An article annotated by several annotators is read from the first file in name order.
 * Each fragment of a content span is a Quote (ConflictKit splits a quote broken by its
 * attribution too), direct when it holds a double quotation mark (or two apostrophes, which stand
 * for one in some of its papers) or stands between two; its
 * speaker is the attribution's source, each source a Speaker. PolNeAR attributes thoughts and
 * beliefs as well as speech, so Quote precision and recall mix both.
 */
final class PolnearReader
    implements CorpusReader
{
    /** A text-bound annotation: its label and fragments as [begin, end] pairs. */
    private record Span(String label, List<int[]> fragments)
    {
    }

    @Override
    public List<GoldDocument> read(Path split, List<String> notes)
        throws IOException, GoldFormatException
    {
        Path texts = split.resolve("text");
        Path attributions = split.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(attributions)) {
            throw new GoldFormatException("a PolNeAR split folder needs text/ and attributions/");
        }
        Map<String, Path> annotationFiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(attributions)) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> annotationFiles
                    .putIfAbsent(p.getFileName().toString().replaceFirst("_[^_]+\\.ann$", ""), p));
        }
        List<GoldDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path textFile : files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .toList()) {
                String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
                Path annotations = annotationFiles.get(id);
                if (annotations == null) {
                    notes.add(textFile + ": no attributions file, left out");
                    continue;
                }
                String text = Files.readString(textFile, StandardCharsets.UTF_8);
                documents.add(new GoldDocument(id, text, annotations(text,
                        Files.readAllLines(annotations, StandardCharsets.UTF_8), annotations,
                        notes)));
            }
        }
        return documents;
    }

    static List<EvalAnnotation> annotations(String text, List<String> lines, Path file,
            List<String> notes)
    {
        Map<String, Span> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length >= 2 && columns[0].startsWith("T")) {
                Span span = span(columns[1], text);
                if (span == null) {
                    notes.add(file + ": unreadable span line '" + columns[0] + "', left out");
                }
                else {
                    spans.put(columns[0], span);
                }
            }
            else if (columns.length >= 2 && columns[0].startsWith("E")) {
                Map<String, String> roles = new HashMap<>();
                for (String argument : columns[1].trim().split(" ")) {
                    String[] roleAndId = argument.split(":");
                    if (roleAndId.length == 2) {
                        roles.put(roleAndId[0], roleAndId[1]);
                    }
                }
                events.add(roles);
            }
        }
        List<EvalAnnotation> annotations = new ArrayList<>();
        for (Map<String, String> event : events) {
            Span source = spans.get(event.get("Source"));
            String speaker = null;
            if (source != null) {
                int[] whole = whole(source);
                speaker = text.substring(whole[0], whole[1]);
                annotations.add(new EvalAnnotation("Speaker", whole[0], whole[1], speaker,
                        Map.of()));
            }
            for (String role : List.of("Content", "Content2")) {
                Span content = spans.get(event.get(role));
                if (content == null) {
                    continue;
                }
                for (int[] fragment : content.fragments()) {
                    Map<String, Object> features = new LinkedHashMap<>();
                    features.put("direct", isDirect(text, fragment[0], fragment[1]));
                    if (source != null) {
                        int[] whole = whole(source);
                        features.put("speaker", speaker);
                        features.put("speakerBegin", whole[0]);
                        features.put("speakerEnd", whole[1]);
                    }
                    annotations.add(new EvalAnnotation("Quote", fragment[0], fragment[1],
                            text.substring(fragment[0], fragment[1]), features));
                }
            }
        }
        return annotations;
    }

    /**
     * "Content 12 40;45 60" (code point offsets): the label and its fragments in Java offsets, or
     * null when malformed.
     */
    private static Span span(String column, String text)
    {
        int length = text.codePointCount(0, text.length());
        int space = column.indexOf(' ');
        if (space < 0) {
            return null;
        }
        List<int[]> fragments = new ArrayList<>();
        try {
            for (String fragment : column.substring(space + 1).split(";")) {
                String[] offsets = fragment.trim().split(" ");
                int begin = Integer.parseInt(offsets[0]);
                int end = Integer.parseInt(offsets[1]);
                if (begin < 0 || end > length || begin >= end) {
                    return null;
                }
                fragments.add(new int[] { CorpusReader.utf16(text, begin),
                        CorpusReader.utf16(text, end) });
            }
        }
        catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
        return new Span(column.substring(0, space), fragments);
    }

    private static int[] whole(Span span)
    {
        return new int[] { span.fragments().get(0)[0],
                span.fragments().get(span.fragments().size() - 1)[1] };
    }

    /** The span holds a double quotation mark, or stands between two. */
    static boolean isDirect(String text, int begin, int end)
    {
        // Two apostrophes stand for a double mark in some of the corpus's papers ('' ... '').
        if (text.substring(begin, end).matches("(?s).*([\"“”]|'').*")) {
            return true;
        }
        String before = text.substring(Math.max(0, begin - 2), begin).strip();
        String after = text.substring(end, Math.min(text.length(), end + 3)).strip();
        return before.matches(".*([\"“]|'')") && after.matches("[,.!?]?([\"”]|'').*");
    }
}
