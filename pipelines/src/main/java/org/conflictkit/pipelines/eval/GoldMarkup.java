package org.conflictkit.pipelines.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inline markup of the gold corpus:
 * {@code [[Type key=value key="value with spaces": covered text]]}, nested, after a header of
 * {@code key: value} lines closed by {@code ---}. A literal {@code [} may stand right before an
 * annotation. Quotes refer to speakers by {@code speaker=<id>}; the reader replaces the id by the
 * speaker's name, or its covered text when it has no name.
 */
public final class GoldMarkup
{
    private static final Pattern OPEN = Pattern
            .compile("\\[\\[(\\w+)((?:\\s+\\w+=(?:\"[^\"]*\"|[^\\s:\"]+))*)\\s*:\\s");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\"[^\"]*\"|[^\\s:\"]+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private GoldMarkup()
    {
    }

    private record Open(String type, Map<String, Object> attributes, int begin)
    {
    }

    /** Parses a whole file: header, then the marked-up text. */
    public static GoldDocument parse(String content, String fallbackId) throws GoldFormatException
    {
        String id = fallbackId;
        String body = content;
        if (content.startsWith("id:")) {
            int separator = content.indexOf("\n---\n");
            if (separator < 0) {
                throw new GoldFormatException("header without a closing '---' line");
            }
            for (String line : content.substring(0, separator).split("\n")) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4).trim();
                }
            }
            body = content.substring(separator + 5);
        }
        return parseBody(id, body);
    }

    private static GoldDocument parseBody(String id, String marked) throws GoldFormatException
    {
        StringBuilder text = new StringBuilder(marked.length());
        Deque<Open> stack = new ArrayDeque<>();
        List<Open> closed = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        Matcher open = OPEN.matcher(marked);
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("[[", i)) {
                boolean matched = open.region(i, marked.length()).lookingAt();
                if (!matched && open.region(i + 1, marked.length()).lookingAt()) {
                    text.append('[');
                    i++;
                    continue;
                }
                if (!matched) {
                    throw new GoldFormatException("bad open tag at character " + i + ": "
                            + snippet(marked, i));
                }
                stack.push(new Open(open.group(1), attributes(open.group(2)), text.length()));
                i = open.end();
            }
            else if (marked.startsWith("]]", i)) {
                if (stack.isEmpty()) {
                    throw new GoldFormatException("unmatched ]] at character " + i);
                }
                closed.add(stack.pop());
                ends.add(new int[] { text.length() });
                i += 2;
            }
            else {
                text.append(marked.charAt(i));
                i++;
            }
        }
        if (!stack.isEmpty()) {
            throw new GoldFormatException("unclosed [[" + stack.peek().type()
                    + " at text offset " + stack.peek().begin());
        }
        String plain = text.toString();
        return new GoldDocument(id, plain, resolve(plain, closed, ends));
    }

    private static List<EvalAnnotation> resolve(String text, List<Open> closed, List<int[]> ends)
        throws GoldFormatException
    {
        Map<String, String> speakers = new HashMap<>();
        for (int k = 0; k < closed.size(); k++) {
            Open o = closed.get(k);
            if (o.type().equals("Speaker") && o.attributes().containsKey("id")) {
                int end = ends.get(k)[0];
                Object name = o.attributes().get("name");
                speakers.put(o.attributes().get("id").toString(),
                        name != null ? name.toString() : text.substring(o.begin(), end));
            }
        }
        List<EvalAnnotation> annotations = new ArrayList<>();
        for (int k = 0; k < closed.size(); k++) {
            Open o = closed.get(k);
            int end = ends.get(k)[0];
            Map<String, Object> features = new LinkedHashMap<>(o.attributes());
            if (o.type().equals("Quote")) {
                Object ref = features.get("speaker");
                if (ref != null) {
                    String speaker = speakers.get(ref.toString());
                    if (speaker == null) {
                        throw new GoldFormatException("Quote at text offset " + o.begin()
                                + " refers to unknown speaker " + ref);
                    }
                    features.put("speaker", speaker);
                }
            }
            annotations.add(new EvalAnnotation(o.type(), o.begin(), end,
                    text.substring(o.begin(), end), features));
        }
        annotations.sort(Comparator.comparingInt(EvalAnnotation::begin)
                .thenComparing(Comparator.comparingInt(EvalAnnotation::end).reversed()));
        return annotations;
    }

    private static Map<String, Object> attributes(String source) throws GoldFormatException
    {
        Map<String, Object> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(source);
        while (m.find()) {
            attributes.put(m.group(1), typed(m.group(2)));
        }
        return attributes;
    }

    private static Object typed(String value) throws GoldFormatException
    {
        if (value.startsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (NUMBER.matcher(value).matches()) {
            try {
                return value.contains(".") ? (Object) Float.valueOf(value)
                        : (Object) Integer.valueOf(value);
            }
            catch (NumberFormatException e) {
                throw new GoldFormatException("number out of range: " + value);
            }
        }
        return value;
    }

    private static String snippet(String text, int at)
    {
        return text.substring(at, Math.min(text.length(), at + 60)).replace('\n', ' ');
    }
}
