package org.conflictkit.annotators.weapon;

import java.util.List;

import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.weapon.WeaponLexicon.Flag;
import org.conflictkit.annotators.weapon.WeaponLexicon.Kind;

/**
 * A weapon mention assembled from adjacent candidates (modifiers, a model, type nouns), over
 * tokens {@code [start, end)} of its sentence. Rules may reject it or change its category, and
 * record their names in its provenance.
 */
final class Mention
{
    final SentenceKeys sentence;
    final int start;
    final int end;
    final List<Lookup> parts;
    String category;
    final String model;
    int quantity;
    Provenance provenance;
    /** True when a model without its own type noun shares the next conjunct's ("M777 and ..."). */
    boolean headFromCoordination;

    Mention(SentenceKeys sentence, int start, int end, List<Lookup> parts, String category,
            String model, Provenance provenance)
    {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.parts = parts;
        this.category = category;
        this.model = model;
        this.provenance = provenance;
    }

    /** The model candidate, or null. */
    Lookup modelPart()
    {
        return parts.stream().filter(p -> p.kind() == Kind.MODEL).findFirst().orElse(null);
    }

    /** The last type noun, or null. */
    Lookup head()
    {
        Lookup head = null;
        for (Lookup part : parts) {
            if (part.kind() == Kind.HEAD) {
                head = part;
            }
        }
        return head;
    }

    /** True when the mention is a single type noun with this flag. */
    boolean bareHeadWith(Flag flag)
    {
        return parts.size() == 1 && parts.get(0).kind() == Kind.HEAD && parts.get(0).has(flag);
    }

    /** True when the mention is one type noun whose key is among the words. */
    boolean bareHeadIs(String... words)
    {
        if (parts.size() != 1 || parts.get(0).kind() != Kind.HEAD || end - start != 1) {
            return false;
        }
        String key = sentence.key(start);
        for (String word : words) {
            if (key.equals(word)) {
                return true;
            }
        }
        return false;
    }

    boolean has(Kind kind)
    {
        return parts.stream().anyMatch(p -> p.kind() == kind);
    }

    int begin()
    {
        return sentence.view().begin(sentence.token(start));
    }

    int endOffset()
    {
        return sentence.view().end(sentence.token(end - 1));
    }
}
