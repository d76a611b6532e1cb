package org.conflictkit.pipelines.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The input formats of {@code annotate --input}, chosen by file extension or by
 * {@code --input-format}.
 */
public enum InputFormat
{
    /** A UTF-8 text file is one document; its id is the file name without extension. */
    TXT("txt", List.of(".txt")),
    /**
     * JSON Lines: one article per line, an object with {@code id} and {@code text} and optional
     * {@code title}, {@code date}, {@code source} and {@code url}.
     */
    JSONL("jsonl", List.of(".jsonl", ".ndjson")),
    /** UIMA XMI, e.g. exported from a workbench: annotated again, keeping its other layers. */
    XMI("xmi", List.of(".xmi"));

    private final String id;
    private final List<String> extensions;

    InputFormat(String id, List<String> extensions)
    {
        this.id = id;
        this.extensions = extensions;
    }

    public String id()
    {
        return id;
    }

    public boolean matches(Path file)
    {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }

    /** The format a file's extension names, if any. */
    public static Optional<InputFormat> byExtension(Path file)
    {
        return Arrays.stream(values()).filter(f -> f.matches(file)).findFirst();
    }

    public static InputFormat of(String id)
    {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown input format '"
                        + id + "'; known input formats: " + ids()));
    }

    public static String ids()
    {
        return Arrays.stream(values()).map(InputFormat::id).collect(Collectors.joining(", "));
    }

    /** The extensions of a format, for messages. */
    public String extensions()
    {
        return String.join(", ", extensions);
    }
}
