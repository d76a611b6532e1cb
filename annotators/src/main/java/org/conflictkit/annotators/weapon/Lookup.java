package org.conflictkit.annotators.weapon;

import org.conflictkit.annotators.weapon.WeaponLexicon.Entry;
import org.conflictkit.annotators.weapon.WeaponLexicon.Flag;
import org.conflictkit.annotators.weapon.WeaponLexicon.Kind;

/**
 * A candidate: a lexicon form or a designator found over tokens {@code [start, end)} of a
 * sentence, before any rule decided what it is.
 *
 * @param entry
 *            the lexicon entry; null for a designator.
 * @param needsHead
 *            true when it counts only next to a type noun (ambiguous names, loose designators).
 * @param source
 *            the list line or family that proposed it.
 */
record Lookup(int start, int end, Kind kind, Entry entry, String category, String model,
        boolean needsHead, String source)
{
    boolean has(Flag flag)
    {
        return entry != null && entry.has(flag);
    }

    boolean isDesignator()
    {
        return entry == null;
    }
}
