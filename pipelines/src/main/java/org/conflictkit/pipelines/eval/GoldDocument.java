package org.conflictkit.pipelines.eval;

import java.util.List;

/** A gold document: its id, its plain text and its annotations. */
public record GoldDocument(String id, String text, List<EvalAnnotation> annotations)
{
    /**
     * The same document written in capitals, as wire services send it. Characters are
     * upper-cased one by one, so every offset stays valid ("ß" stays "ß" rather than becoming
     * "SS"); feature values are kept.
     */
    public GoldDocument upperCased()
    {
        List<EvalAnnotation> upper = annotations.stream()
                .map(a -> new EvalAnnotation(a.type(), a.begin(), a.end(), capitals(a.text()),
                        a.features()))
                .toList();
        return new GoldDocument(id, capitals(text), upper);
    }

    private static String capitals(String text)
    {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toUpperCase(chars[i]);
        }
        return new String(chars);
    }
}
