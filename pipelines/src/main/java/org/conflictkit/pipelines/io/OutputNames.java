package org.conflictkit.pipelines.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file names of a run's documents, derived from their ids: safe (letters, digits, {@code .},
 * {@code -} and {@code _}; any other character, {@code /} included, becomes {@code _}; no leading
 * dot), short enough for a 255-byte file name with any extension and temporary suffix (a longer
 * name is cut and ends in a hash of the id), and unique within the run: when two ids give the same
 * name, ignoring case, or an id gives the name of a file the run writes for itself (such as
 * {@code summary.json}), the later one gets {@code ~} and a hash of its id appended. The names
 * depend only on the ids in input order, so a resumed run finds the same files.
 */
public final class OutputNames
{
    /** Base names of the files a run writes for itself, which no document may take. */
    private static final Set<String> RESERVED = Set.of("summary", "report", "annotations",
            "conflictkit", "typesystem", RunRecords.FILE_STEM);
    private static final int MAX_BYTES = 180;
    private static final int HASH_CHARS = 16;

    /** Filled once by the constructor and only read afterwards, by several threads. */
    private final Map<String, String> names = new HashMap<>();

    private OutputNames(List<String> ids)
    {
        Set<String> taken = new HashSet<>(RESERVED);
        for (String id : ids) {
            String name = safe(id);
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = cut(name, MAX_BYTES - HASH_CHARS - 1) + "~" + hash(id);
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            names.putIfAbsent(id, name);
        }
    }

    /** The names of the documents of a run, in input order. */
    public static OutputNames of(List<String> ids)
    {
        return new OutputNames(ids);
    }

    /** The file name (without extension) of a document of the run. */
    public String of(String id)
    {
        String name = names.get(id);
        return name != null ? name : safe(id);
    }

    /** A safe file name for one id, without looking at the other ids of the run. */
    public static String safe(String id)
    {
        String name = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            name = cut(name, MAX_BYTES - HASH_CHARS - 1) + "~" + hash(id);
        }
        return name;
    }

    /** The longest prefix of whole code points that fits in the given number of UTF-8 bytes. */
    private static String cut(String name, int maxBytes)
    {
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + length > maxBytes) {
                break;
            }
            bytes += length;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    private static String hash(String id)
    {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
