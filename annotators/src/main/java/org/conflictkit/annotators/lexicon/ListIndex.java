package org.conflictkit.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dkpro.core.api.resources.ResourceUtils;

/**
 * A {@code lists.def} index and the list files it names: the one reader of every engine's
 * lexicon. An index line is {@code FILE : KIND}; FILE is relative to the index
 * ({@code generic.lst}, {@code ../lexicon/shared/months.lst}) or a location of its own
 * ({@code classpath:...}, {@code file:...}, a URL); KIND is one of the engine's kinds, and several
 * files may share one. In index and lists, blank lines and lines starting with {@code #} are
 * ignored, and a {@code #} after white space starts an entry's trailing comment, which says where
 * the entry came from. The engine parses the entries of each kind in its own format; errors name
 * the file and line.
 *
 * @param <K>
 *            the engine's kinds.
 */
public final class ListIndex<K extends Enum<K>>
{
    /** {@code FILE : KIND}; FILE may hold colons ({@code classpath:x.lst}), KIND does not. */
    private static final Pattern INDEX_LINE = Pattern.compile("(.+?)\\s*:\\s*([A-Z][A-Z0-9_]*)");
    /** A location of its own rather than a path relative to the index. */
    private static final Pattern ABSOLUTE = Pattern.compile("[a-z][a-z0-9+.-]+:.*");

    private final Map<K, List<LexiconLine>> lines;

    private ListIndex(Map<K, List<LexiconLine>> lines)
    {
        this.lines = lines;
    }

    /**
     * Reads an index and every list it names.
     *
     * @param name
     *            the index's name in error messages (the location as the user wrote it).
     * @param index
     *            where to read the index.
     * @param kinds
     *            the engine's kinds; an index line with another kind is an error.
     */
    public static <K extends Enum<K>> ListIndex<K> read(String name, URL index, Class<K> kinds)
    {
        Map<K, List<LexiconLine>> lines = new EnumMap<>(kinds);
        for (K kind : kinds.getEnumConstants()) {
            lines.put(kind, new ArrayList<>());
        }
        for (LexiconLine line : lines(name, index)) {
            Matcher m = INDEX_LINE.matcher(line.text());
            K kind = m.matches() ? kind(kinds, m.group(2)) : null;
            if (kind == null) {
                throw new LexiconException(name + ":" + line.number()
                        + ": expected 'FILE : KIND' with KIND one of "
                        + Arrays.toString(kinds.getEnumConstants()) + ", got '" + line.text()
                        + "'");
            }
            String file = m.group(1);
            URL list;
            try {
                ClassLoader loader = ListIndex.class.getClassLoader();
                list = ABSOLUTE.matcher(file).matches()
                        ? ResourceUtils.resolveLocation(file, loader, null)
                        : new URL(index, file);
            }
            catch (IOException e) {
                throw new LexiconException(
                        name + ":" + line.number() + ": cannot find " + file + " (" + e + ")", e);
            }
            try {
                lines.get(kind).addAll(lines(file, list));
            }
            catch (LexiconException e) {
                throw new LexiconException(name + ":" + line.number() + ": " + e.getMessage(), e);
            }
        }
        for (Map.Entry<K, List<LexiconLine>> entry : lines.entrySet()) {
            entry.setValue(List.copyOf(entry.getValue()));
        }
        return new ListIndex<>(lines);
    }

    /** The entries of every list of a kind, in index order, then in file order. */
    public List<LexiconLine> lines(K kind)
    {
        return lines.get(kind);
    }

    /**
     * The phrases of every list of a word-list kind, patterns expanded and lower-cased; a bad
     * pattern fails naming its file and line.
     */
    public Set<String> words(K kind)
    {
        Set<String> words = new HashSet<>();
        for (LexiconLine line : lines(kind)) {
            try {
                for (String word : PhrasePattern.expand(line.text())) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return Set.copyOf(words);
    }

    /**
     * The entries of one file: comment and blank lines left out, trailing comments cut off.
     *
     * @param name
     *            the file's name in {@link LexiconLine#file()} and in error messages.
     */
    public static List<LexiconLine> lines(String name, URL location)
    {
        List<LexiconLine> lines = new ArrayList<>();
        try (InputStream in = location.openStream();
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int comment = commentStart(line);
                String note = comment < 0 ? "" : line.substring(comment + 1).strip();
                String text = comment < 0 ? line : line.substring(0, comment).strip();
                lines.add(new LexiconLine(text, name, number, note));
            }
        }
        catch (MalformedURLException e) {
            throw new LexiconException("Bad lexicon location " + name, e);
        }
        catch (IOException e) {
            throw new LexiconException("Cannot read lexicon file " + name + " (" + e + ")", e);
        }
        return lines;
    }

    /** Where a trailing comment starts: the first {@code #} after a space or tab, or -1. */
    private static int commentStart(String line)
    {
        for (int i = 1; i < line.length(); i++) {
            char before = line.charAt(i - 1);
            if (line.charAt(i) == '#' && (before == ' ' || before == '\t')) {
                return i;
            }
        }
        return -1;
    }

    private static <K extends Enum<K>> K kind(Class<K> kinds, String name)
    {
        for (K kind : kinds.getEnumConstants()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
